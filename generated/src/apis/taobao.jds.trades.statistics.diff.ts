// Generated from specs/jst/taobao.jds.trades.statistics.diff.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jds.trades.statistics.diff` (订单全链路状态统计差异比较). */
export interface TaobaoJdsTradesStatisticsDiffRequest {
  /** 查询的日期，格式如YYYYMMDD的日期对应的数字 */
  date: Int64Input;
  /** 页数 */
  page_no?: Int64Input;
  /** 需要比较的状态 */
  post_status: string;
  /** 需要比较的状态，将会和post_status做比较 */
  pre_status: string;
}

/** Response of `taobao.jds.trades.statistics.diff`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJdsTradesStatisticsDiffResponse {
  /** pre_status比post_status多的tid列表 */
  tids?: Int64[];
  /** 总记录数 */
  total_results?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  date: 'Number',
  page_no: 'Number',
  post_status: 'String',
  pre_status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tids: ['Number'],
  total_results: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jds.trades.statistics.diff`: method, response root, request and response schemas. */
export const taobaoJdsTradesStatisticsDiffOperation = {
  method: 'taobao.jds.trades.statistics.diff',
  responseRoot: 'jds_trades_statistics_diff_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单全链路状态统计差异比较 — calls TOP method `taobao.jds.trades.statistics.diff`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJdsTradesStatisticsDiff(
  client: TopClient,
  request: TaobaoJdsTradesStatisticsDiffRequest,
  options?: CallOptions,
): Promise<TaobaoJdsTradesStatisticsDiffResponse> {
  return client.call<TaobaoJdsTradesStatisticsDiffResponse>(
    {
      method: 'taobao.jds.trades.statistics.diff',
      responseRoot: 'jds_trades_statistics_diff_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
