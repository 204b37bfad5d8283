// Generated from specs/tbtrade/taobao.trade.postage.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.trade.postage.update` (修改交易邮费价格). */
export interface TaobaoTradePostageUpdateRequest {
  /** 主订单编号 */
  tid: Int64Input;
  /** 邮费价格(邮费单位是元） */
  post_fee: string;
}

/** Response of `taobao.trade.postage.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTradePostageUpdateResponse {
  /** 返回trade类型，其中包含修改时间modified，修改邮费post_fee，修改后的总费用total_fee和买家实付款payment */
  trade?: TaobaoTradePostageUpdateTrade;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Trade` of `taobao.trade.postage.update`. */
export interface TaobaoTradePostageUpdateTrade {
  /** 交易修改时间(用户对订单的任何修改都会更新此字段)。格式:yyyy-MM-dd HH:mm:ss */
  modified?: string;
  /** 邮费。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  post_fee?: string;
  /** 商品金额（商品价格乘以数量的总金额）。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  total_fee?: string;
  /** 实付金额。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  payment?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  post_fee: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trade: {
    modified: 'Date',
    post_fee: 'String',
    total_fee: 'String',
    payment: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.trade.postage.update`: method, response root, request and response schemas. */
export const taobaoTradePostageUpdateOperation = {
  method: 'taobao.trade.postage.update',
  responseRoot: 'trade_postage_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改交易邮费价格 — calls TOP method `taobao.trade.postage.update`.
 *
 * 修改订单邮费接口，通过传入订单编号和邮费价格，修改订单的邮费，返回修改时间modified,邮费post_fee,总费用total_fee。
 *
 * API取消加邮费功能通知：http://open.taobao.com/support/announcement_detail.htm?tid=24750
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTradePostageUpdate(
  client: TopClient,
  request: TaobaoTradePostageUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoTradePostageUpdateResponse> {
  return client.call<TaobaoTradePostageUpdateResponse>(
    {
      method: 'taobao.trade.postage.update',
      responseRoot: 'trade_postage_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
