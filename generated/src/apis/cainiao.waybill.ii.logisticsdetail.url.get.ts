// Generated from specs/waybill/cainiao.waybill.ii.logisticsdetail.url.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.waybill.ii.logisticsdetail.url.get` (电子面单物流详情授权url获取). */
export interface CainiaoWaybillIiLogisticsdetailUrlGetRequest {
  /** 快递公司编码 */
  cp_code: string;
  /** 电子面单单号 */
  waybill_code: string;
}

/** Response of `cainiao.waybill.ii.logisticsdetail.url.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoWaybillIiLogisticsdetailUrlGetResponse {
  /** 授权访问的url */
  url?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  cp_code: 'String',
  waybill_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  url: 'String',
} as const satisfies ObjectSchema;

/** Static description of `cainiao.waybill.ii.logisticsdetail.url.get`: method, response root, request and response schemas. */
export const cainiaoWaybillIiLogisticsdetailUrlGetOperation = {
  method: 'cainiao.waybill.ii.logisticsdetail.url.get',
  responseRoot: 'cainiao_waybill_ii_logisticsdetail_url_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电子面单物流详情授权url获取 — calls TOP method `cainiao.waybill.ii.logisticsdetail.url.get`.
 *
 * 获取电子面单物流详情授权访问的H5 url
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoWaybillIiLogisticsdetailUrlGet(
  client: TopClient,
  request: CainiaoWaybillIiLogisticsdetailUrlGetRequest,
  options?: CallOptions,
): Promise<CainiaoWaybillIiLogisticsdetailUrlGetResponse> {
  return client.call<CainiaoWaybillIiLogisticsdetailUrlGetResponse>(
    {
      method: 'cainiao.waybill.ii.logisticsdetail.url.get',
      responseRoot: 'cainiao_waybill_ii_logisticsdetail_url_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
