// Generated from specs/auction/taobao.auction.gov.data.monthly.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.auction.gov.data.monthly.get` (按月统计法院拍卖数据). */
export interface TaobaoAuctionGovDataMonthlyGetRequest {
  /** 法院名称 */
  court_name: string;
  /** 统计数据是够包含下属法院 */
  is_include_sub: boolean;
  /** 开始月份 */
  start_month: string;
  /** 截止月份(统计数据包含这个月) */
  end_month: string;
}

/** Response of `taobao.auction.gov.data.monthly.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAuctionGovDataMonthlyGetResponse {
  /** 按月统计结果列表 */
  results?: TaobaoAuctionGovDataMonthlyGetCourtsBidStatMonthlyList[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CourtsBidStatMonthlyList` of `taobao.auction.gov.data.monthly.get`. */
export interface TaobaoAuctionGovDataMonthlyGetCourtsBidStatMonthlyList {
  /** 法院按月维度标的统计汇总 */
  courts_bid_stat_sum?: TaobaoAuctionGovDataMonthlyGetCourtsBidStatSum;
  /** 时间区间(月份) */
  period?: string;
}

/** `CourtsBidStatSum` of `taobao.auction.gov.data.monthly.get`. */
export interface TaobaoAuctionGovDataMonthlyGetCourtsBidStatSum {
  /** 发拍次数 */
  publish_count?: Int64;
  /** 开拍件数（去重） */
  start_count_dist?: Int64;
  /** 成交金额（成交标的） */
  hammer_price?: Int64;
  /** 成交件数 */
  hammer_count?: Int64;
  /** 出价次数 */
  bid_count?: Int64;
  /** 结束标的数 */
  end_count?: Int64;
  /** 结束标的件数（去重） */
  end_count_dist?: Int64;
  /** 起拍价（成交标的） */
  start_price?: Int64;
  /** 意向用户数（交保数+订阅数） */
  interest_count?: Int64;
  /** 开拍数 */
  start_count?: Int64;
  /** 平均溢价率(万分位) */
  avg_addv_percent?: Int64;
  /** 发拍件数（去重） */
  publish_count_dist?: Int64;
  /** 报名人数（含交保失败） */
  apply_count?: Int64;
}

const REQUEST_SCHEMA = {
  court_name: 'String',
  is_include_sub: 'Boolean',
  start_month: 'String',
  end_month: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      courts_bid_stat_sum: {
        publish_count: 'Number',
        start_count_dist: 'Number',
        hammer_price: 'Number',
        hammer_count: 'Number',
        bid_count: 'Number',
        end_count: 'Number',
        end_count_dist: 'Number',
        start_price: 'Number',
        interest_count: 'Number',
        start_count: 'Number',
        avg_addv_percent: 'Number',
        publish_count_dist: 'Number',
        apply_count: 'Number',
      },
      period: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.auction.gov.data.monthly.get`: method, response root, request and response schemas. */
export const taobaoAuctionGovDataMonthlyGetOperation = {
  method: 'taobao.auction.gov.data.monthly.get',
  responseRoot: 'auction_gov_data_monthly_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 按月统计法院拍卖数据 — calls TOP method `taobao.auction.gov.data.monthly.get`.
 *
 * 按月统计法院拍卖数据
 * 包含：
 * 标的件数统计：发布标的件数、结束标的件数、开拍标的件数
 * 竞价实况：预计成交金额、出价次数、报名人数
 * 在线标的：在线标的件数、意向用户数、网拍围观人次
 *
 * 最长12个月，月的起始时间不能早于2017年3月
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAuctionGovDataMonthlyGet(
  client: TopClient,
  request: TaobaoAuctionGovDataMonthlyGetRequest,
  options?: CallOptions,
): Promise<TaobaoAuctionGovDataMonthlyGetResponse> {
  return client.call<TaobaoAuctionGovDataMonthlyGetResponse>(
    {
      method: 'taobao.auction.gov.data.monthly.get',
      responseRoot: 'auction_gov_data_monthly_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
