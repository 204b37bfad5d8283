// Generated from specs/waybill/taobao.wlb.waybill.i.product.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.waybill.i.product` (商家查询物流商产品类型接口). */
export interface TaobaoWlbWaybillIProductRequest {
  /** 查询物流商电子面单产品类型入参 */
  waybill_product_type_request: TaobaoWlbWaybillIProductWaybillProductTypeRequestInput;
}

/** Response of `taobao.wlb.waybill.i.product`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWaybillIProductResponse {
  /** 产品类型返回 */
  product_types?: TaobaoWlbWaybillIProductWaybillProductType[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WaybillProductTypeRequest` of `taobao.wlb.waybill.i.product`. */
export interface TaobaoWlbWaybillIProductWaybillProductTypeRequestInput {
  /** 物流商编码CODE */
  cp_code: string;
}

/** `WaybillProductType` of `taobao.wlb.waybill.i.product`. */
export interface TaobaoWlbWaybillIProductWaybillProductType {
  /** 物流产品类型编码 */
  code?: string;
  /** 物流产品类型名称 */
  name?: string;
  /** 物流服务类型列表 */
  service_types?: TaobaoWlbWaybillIProductWaybillServiceType[];
}

/** `WaybillServiceType` of `taobao.wlb.waybill.i.product`. */
export interface TaobaoWlbWaybillIProductWaybillServiceType {
  /** 物流服务能力编码 */
  code?: string;
  /** 物流服务能力名称 */
  name?: string;
}

const REQUEST_SCHEMA = {
  waybill_product_type_request: {
    cp_code: 'String',
  },
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

/** Static description of `taobao.wlb.waybill.i.product`: method, response root, request and response schemas. */
export const taobaoWlbWaybillIProductOperation = {
  method: 'taobao.wlb.waybill.i.product',
  responseRoot: 'wlb_waybill_i_product_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家查询物流商产品类型接口 — calls TOP method `taobao.wlb.waybill.i.product`.
 *
 * 商家可以查询物流商的产品类型和服务能力。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWaybillIProduct(
  client: TopClient,
  request: TaobaoWlbWaybillIProductRequest,
  options?: CallOptions,
): Promise<TaobaoWlbWaybillIProductResponse> {
  return client.call<TaobaoWlbWaybillIProductResponse>(
    {
      method: 'taobao.wlb.waybill.i.product',
      responseRoot: 'wlb_waybill_i_product_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
