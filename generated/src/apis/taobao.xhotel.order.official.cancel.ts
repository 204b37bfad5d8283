// Generated from specs/xhotelofficial/taobao.xhotel.order.official.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.official.cancel` (官网信用住订单取消). */
export interface TaobaoXhotelOrderOfficialCancelRequest {
  /** 淘宝订单号,必选 */
  tid?: Int64Input;
  /** 原因描述 */
  reason_text?: string;
  /** 外部订单号 */
  out_id?: string;
  /** 请求流水号（必须传入） */
  out_uuid?: string;
  /** 暂无意义，无需传入 */
  notify_url?: string;
}

/** Response of `taobao.xhotel.order.official.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderOfficialCancelResponse {
  /** 返回提示信息 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  reason_text: 'String',
  out_id: 'String',
  out_uuid: 'String',
  notify_url: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.official.cancel`: method, response root, request and response schemas. */
export const taobaoXhotelOrderOfficialCancelOperation = {
  method: 'taobao.xhotel.order.official.cancel',
  responseRoot: 'xhotel_order_official_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 官网信用住订单取消 — calls TOP method `taobao.xhotel.order.official.cancel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderOfficialCancel(
  client: TopClient,
  request: TaobaoXhotelOrderOfficialCancelRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelOrderOfficialCancelResponse> {
  return client.call<TaobaoXhotelOrderOfficialCancelResponse>(
    {
      method: 'taobao.xhotel.order.official.cancel',
      responseRoot: 'xhotel_order_official_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
