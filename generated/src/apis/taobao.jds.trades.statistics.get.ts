// Generated from specs/jst/taobao.jds.trades.statistics.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jds.trades.statistics.get` (获取订单数量统计结果). */
export interface TaobaoJdsTradesStatisticsGetRequest {
  /** 查询的日期，格式如YYYYMMDD的日期对应的数字 */
  date: Int64Input;
}

/** Response of `taobao.jds.trades.statistics.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJdsTradesStatisticsGetResponse {
  /** 订单状态计数值 */
  status_infos?: TaobaoJdsTradesStatisticsGetTradeStat[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TradeStat` of `taobao.jds.trades.statistics.get`. */
export interface TaobaoJdsTradesStatisticsGetTradeStat {
  /** 数量 */
  count?: Int64;
  /** 状态名称 */
  status?: string;
}

const REQUEST_SCHEMA = {
  date: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  status_infos: [
    {
      count: 'Number',
      status: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.jds.trades.statistics.get`: method, response root, request and response schemas. */
export const taobaoJdsTradesStatisticsGetOperation = {
  method: 'taobao.jds.trades.statistics.get',
  responseRoot: 'jds_trades_statistics_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取订单数量统计结果 — calls TOP method `taobao.jds.trades.statistics.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJdsTradesStatisticsGet(
  client: TopClient,
  request: TaobaoJdsTradesStatisticsGetRequest,
  options?: CallOptions,
): Promise<TaobaoJdsTradesStatisticsGetResponse> {
  return client.call<TaobaoJdsTradesStatisticsGetResponse>(
    {
      method: 'taobao.jds.trades.statistics.get',
      responseRoot: 'jds_trades_statistics_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
