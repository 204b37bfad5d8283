// Generated from specs/xhotelonlineorder/taobao.xhotel.order.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.update` (酒店订单发货接口). */
export interface TaobaoXhotelOrderUpdateRequest {
  /** 订单号 */
  tid: Int64Input;
  /** 操作的类型：1.确认无房（取消预订，710发送短信提醒买家申请退款）2.确认预订 3.入住 4.离店 5.noshow 6.关单 */
  opt_type: Int64Input;
  /** 是否把代理直签的订单同步到酒店，Y为同步，N不同步 */
  sync_to_hotel?: string;
  /** 退款费用 */
  refund_fee?: Int64Input;
  /** 取消类型，6 代表的是用户取消，reasonType=7代表的是小二协商 */
  reason_type?: Int64Input;
  /** 开票金额 */
  invoice_amount?: Int64Input;
  /** 外部订单号（酒店确认号） */
  confirm_code?: string;
}

/** Response of `taobao.xhotel.order.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderUpdateResponse {
  /** 返回提示信息 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  opt_type: 'Number',
  sync_to_hotel: 'String',
  refund_fee: 'Number',
  reason_type: 'Number',
  invoice_amount: 'Number',
  confirm_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.update`: method, response root, request and response schemas. */
export const taobaoXhotelOrderUpdateOperation = {
  method: 'taobao.xhotel.order.update',
  responseRoot: 'xhotel_order_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店订单发货接口 — calls TOP method `taobao.xhotel.order.update`.
 *
 * 卖家确认订单或者取消订单，适用于预付、面付、信用住订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderUpdate(
  client: TopClient,
  request: TaobaoXhotelOrderUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelOrderUpdateResponse> {
  return client.call<TaobaoXhotelOrderUpdateResponse>(
    {
      method: 'taobao.xhotel.order.update',
      responseRoot: 'xhotel_order_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
