// Generated from specs/waybill/cainiao.waybill.ii.product.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.waybill.ii.product` (商家查询物流商产品类型接口). */
export interface CainiaoWaybillIiProductRequest {
  /** 快递公司code */
  cp_code: string;
}

/** Response of `cainiao.waybill.ii.product`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoWaybillIiProductResponse {
  /** 返回值 */
  product_types?: CainiaoWaybillIiProductWaybillProductType[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WaybillProductType` of `cainiao.waybill.ii.product`. */
export interface CainiaoWaybillIiProductWaybillProductType {
  /** 产品code */
  code?: string;
  /** 产品名称 */
  name?: string;
  /** 物流服务 */
  service_types?: CainiaoWaybillIiProductWaybillServiceType[];
}

/** `WaybillServiceType` of `cainiao.waybill.ii.product`. */
export interface CainiaoWaybillIiProductWaybillServiceType {
  /** code */
  code?: string;
  /** name */
  name?: string;
}

const REQUEST_SCHEMA = {
  cp_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product_types: [
    {
      code: 'String',
      name: 'String',
      service_types: [
        {
          code: 'String',
          name: 'String',
        },
      ],
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `cainiao.waybill.ii.product`: method, response root, request and response schemas. */
export const cainiaoWaybillIiProductOperation = {
  method: 'cainiao.waybill.ii.product',
  responseRoot: 'cainiao_waybill_ii_product_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家查询物流商产品类型接口 — calls TOP method `cainiao.waybill.ii.product`.
 *
 * 商家可以查询物流商的产品类型和服务能力。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoWaybillIiProduct(
  client: TopClient,
  request: CainiaoWaybillIiProductRequest,
  options?: CallOptions,
): Promise<CainiaoWaybillIiProductResponse> {
  return client.call<CainiaoWaybillIiProductResponse>(
    {
      method: 'cainiao.waybill.ii.product',
      responseRoot: 'cainiao_waybill_ii_product_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
