// Generated from specs/jst/taobao.jds.trade.traces.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jds.trade.traces.get` (获取单条订单跟踪详情). */
export interface TaobaoJdsTradeTracesGetRequest {
  /** 淘宝的订单tid */
  tid: Int64Input;
}

/** Response of `taobao.jds.trade.traces.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJdsTradeTracesGetResponse {
  /** 跟踪信息列表 */
  traces?: TaobaoJdsTradeTracesGetTradeTrace[];
  /** 在订单全链路系统中的状态(比如是否存在) */
  user_status?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TradeTrace` of `taobao.jds.trade.traces.get`. */
export interface TaobaoJdsTradeTracesGetTradeTrace {
  /** 动作发生的时间 */
  action_time?: string;
  /** 应用标题 */
  app_title?: string;
  /** 子订单的id列表,以逗号分割 */
  order_ids?: string;
  /** 备注字段 */
  remark?: string;
  /** 卖家的淘宝nick */
  seller_nick?: string;
  /** 回流的订单状态 */
  status?: string;
  /** 交易tid */
  tid?: Int64;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  traces: [
    {
      action_time: 'Date',
      app_title: 'String',
      order_ids: 'String',
      remark: 'String',
      seller_nick: 'String',
      status: 'String',
      tid: 'Number',
    },
  ],
  user_status: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jds.trade.traces.get`: method, response root, request and response schemas. */
export const taobaoJdsTradeTracesGetOperation = {
  method: 'taobao.jds.trade.traces.get',
  responseRoot: 'jds_trade_traces_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取单条订单跟踪详情 — calls TOP method `taobao.jds.trade.traces.get`.
 *
 * 获取聚石塔数据共享的交易全链路信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJdsTradeTracesGet(
  client: TopClient,
  request: TaobaoJdsTradeTracesGetRequest,
  options?: CallOptions,
): Promise<TaobaoJdsTradeTracesGetResponse> {
  return client.call<TaobaoJdsTradeTracesGetResponse>(
    {
      method: 'taobao.jds.trade.traces.get',
      responseRoot: 'jds_trade_traces_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
