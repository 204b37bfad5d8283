// Generated from specs/wlb/taobao.wlb.order.consign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.order.consign` (物流宝订单已发货通知接口). */
export interface TaobaoWlbOrderConsignRequest {
  /**
   * 物流宝订单编号
   *
   * Max length: 64
   */
  wlb_order_code: string;
}

/** Response of `taobao.wlb.order.consign`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbOrderConsignResponse {
  /** 修改时间 */
  modify_time?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  wlb_order_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  modify_time: 'Date',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.order.consign`: method, response root, request and response schemas. */
export const taobaoWlbOrderConsignOperation = {
  method: 'taobao.wlb.order.consign',
  responseRoot: 'wlb_order_consign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流宝订单已发货通知接口 — calls TOP method `taobao.wlb.order.consign`.
 *
 * 如果erp导入淘宝交易订单到物流宝，当物流宝订单已发货的时候，erp需要调用该接口来通知物流订单和淘宝交易订单已发货
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbOrderConsign(
  client: TopClient,
  request: TaobaoWlbOrderConsignRequest,
  options?: CallOptions,
): Promise<TaobaoWlbOrderConsignResponse> {
  return client.call<TaobaoWlbOrderConsignResponse>(
    {
      method: 'taobao.wlb.order.consign',
      responseRoot: 'wlb_order_consign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
