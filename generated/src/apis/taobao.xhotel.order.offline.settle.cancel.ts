// Generated from specs/xhotel/taobao.xhotel.order.offline.settle.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.offline.settle.cancel` (线下信用住取消结账专用接口). */
export interface TaobaoXhotelOrderOfflineSettleCancelRequest {
  /** 阿里旅行订单号，淘宝订单号或外部订单号二选一必填 */
  tid?: Int64Input;
  /** 取消结账的原因 */
  reason?: string;
  /** 外部订单号，和tid二选一必填（建议都写入） */
  out_id?: string;
  /** 暂时无意义，无需传入 */
  notify_url?: string;
  /** 请求流水号 */
  out_uuid?: string;
}

/** Response of `taobao.xhotel.order.offline.settle.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderOfflineSettleCancelResponse {
  /** 返回信息 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  reason: 'String',
  out_id: 'String',
  notify_url: 'String',
  out_uuid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.offline.settle.cancel`: method, response root, request and response schemas. */
export const taobaoXhotelOrderOfflineSettleCancelOperation = {
  method: 'taobao.xhotel.order.offline.settle.cancel',
  responseRoot: 'xhotel_order_offline_settle_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 线下信用住取消结账专用接口 — calls TOP method `taobao.xhotel.order.offline.settle.cancel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderOfflineSettleCancel(
  client: TopClient,
  request: TaobaoXhotelOrderOfflineSettleCancelRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelOrderOfflineSettleCancelResponse> {
  return client.call<TaobaoXhotelOrderOfflineSettleCancelResponse>(
    {
      method: 'taobao.xhotel.order.offline.settle.cancel',
      responseRoot: 'xhotel_order_offline_settle_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
