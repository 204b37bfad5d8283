// Generated from specs/caipiao/taobao.caipiao.present.stat.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.caipiao.present.stat.get` (获取卖家按天统计的彩票赠送数据). */
export interface TaobaoCaipiaoPresentStatGetRequest {
  /** 指定查询的天数，从当前日期（不包括当前日期）向前推算的天数，可为空。如果为空、0、负数或者大于90天，则设置为默认的90天。举例：当天是20120703， days=2， 则统计数据的日期为：20120702，20120701. */
  days?: Int64Input;
}

/** Response of `taobao.caipiao.present.stat.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCaipiaoPresentStatGetResponse {
  /** 查询的结果集 */
  results?: TaobaoCaipiaoPresentStatGetLotteryWangcaiPresentStat[];
  /** 查询的结果集大小 */
  total_results?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LotteryWangcaiPresentStat` of `taobao.caipiao.present.stat.get`. */
export interface TaobaoCaipiaoPresentStatGetLotteryWangcaiPresentStat {
  /** 当日赠送彩票的注数 */
  present_stake?: Int64;
  /** 日期 */
  date_id?: Int64;
  /** 当日赠送彩票的金额 */
  present_fee?: Int64;
  /** 送彩方的淘宝数字ID */
  seller_id?: Int64;
  /** 当日赠送用户数 */
  present_user?: Int64;
}

const REQUEST_SCHEMA = {
  days: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      present_stake: 'Number',
      date_id: 'Number',
      present_fee: 'Number',
      seller_id: 'Number',
      present_user: 'Number',
    },
  ],
  total_results: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.caipiao.present.stat.get`: method, response root, request and response schemas. */
export const taobaoCaipiaoPresentStatGetOperation = {
  method: 'taobao.caipiao.present.stat.get',
  responseRoot: 'caipiao_present_stat_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取卖家按天统计的彩票赠送数据 — calls TOP method `taobao.caipiao.present.stat.get`.
 *
 * 查询卖家一段时间内按天统计的彩票赠送数据，只支持查询90天以内的数据.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCaipiaoPresentStatGet(
  client: TopClient,
  request: TaobaoCaipiaoPresentStatGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoCaipiaoPresentStatGetResponse> {
  return client.call<TaobaoCaipiaoPresentStatGetResponse>(
    {
      method: 'taobao.caipiao.present.stat.get',
      responseRoot: 'caipiao_present_stat_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
