// Generated from specs/wlbimports/taobao.wlb.imports.waybill.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.imports.waybill.get` (获取运单信息【云打印】). */
export interface TaobaoWlbImportsWaybillGetRequest {
  /** 物流订单号 */
  order_code: string;
}

/** Response of `taobao.wlb.imports.waybill.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbImportsWaybillGetResponse {
  /** 电子面单链接地址 */
  waybillurl?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  waybillurl: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.imports.waybill.get`: method, response root, request and response schemas. */
export const taobaoWlbImportsWaybillGetOperation = {
  method: 'taobao.wlb.imports.waybill.get',
  responseRoot: 'wlb_imports_waybill_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取运单信息【云打印】 — calls TOP method `taobao.wlb.imports.waybill.get`.
 *
 * 一般进口商家，获取订单的电子面单链接地址
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbImportsWaybillGet(
  client: TopClient,
  request: TaobaoWlbImportsWaybillGetRequest,
  options?: CallOptions,
): Promise<TaobaoWlbImportsWaybillGetResponse> {
  return client.call<TaobaoWlbImportsWaybillGetResponse>(
    {
      method: 'taobao.wlb.imports.waybill.get',
      responseRoot: 'wlb_imports_waybill_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
