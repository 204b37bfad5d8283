// Generated from specs/xhoteloffline/taobao.xhotel.order.alipayface.extend.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.alipayface.extend` (信用住订单延住接口). */
export interface TaobaoXhotelOrderAlipayfaceExtendRequest {
  /** 延住后的离店日期(最多总共入住天数不能超过9间夜) */
  check_out: DateInput;
  /** 阿里旅行订单id,和outOrderId必须至少传入一个 */
  tid?: Int64Input;
  /** 卖家系统订单号,和tid必须至少传入一个 */
  out_order_id?: string;
  /** 延住房费,注意不包含原有的房费金额,单位为分 */
  extend_fee: Int64Input;
  /** 延住日期段的每日房价信息,注意不包括原有的日期房价 */
  extend_daily_price_info: string;
}

/** Response of `taobao.xhotel.order.alipayface.extend`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderAlipayfaceExtendResponse {
  /** 出参成功 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  check_out: 'Date',
  tid: 'Number',
  out_order_id: 'String',
  extend_fee: 'Number',
  extend_daily_price_info: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.alipayface.extend`: method, response root, request and response schemas. */
export const taobaoXhotelOrderAlipayfaceExtendOperation = {
  method: 'taobao.xhotel.order.alipayface.extend',
  responseRoot: 'xhotel_order_alipayface_extend_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 信用住订单延住接口 — calls TOP method `taobao.xhotel.order.alipayface.extend`.
 *
 * 信用住订单延住接口，用于将已有的信用住支付订单checkOut和订单金额等更新
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderAlipayfaceExtend(
  client: TopClient,
  request: TaobaoXhotelOrderAlipayfaceExtendRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelOrderAlipayfaceExtendResponse> {
  return client.call<TaobaoXhotelOrderAlipayfaceExtendResponse>(
    {
      method: 'taobao.xhotel.order.alipayface.extend',
      responseRoot: 'xhotel_order_alipayface_extend_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
