// Generated from specs/auction/taobao.auction.gov.data.annually.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.auction.gov.data.annually.get` (按年统计法院拍卖数据). */
export interface TaobaoAuctionGovDataAnnuallyGetRequest {
  /** 法院名称 */
  court_name: string;
  /** 统计数据是够包含下属法院 */
  is_include_sub: boolean;
  /** 开始年份 */
  start_year: string;
  /** 结束年份 */
  end_year: string;
}

/** Response of `taobao.auction.gov.data.annually.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAuctionGovDataAnnuallyGetResponse {
  /** 按年统计结果列表 */
  results?: TaobaoAuctionGovDataAnnuallyGetCourtsBidStatAnnuallyList[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CourtsBidStatAnnuallyList` of `taobao.auction.gov.data.annually.get`. */
export interface TaobaoAuctionGovDataAnnuallyGetCourtsBidStatAnnuallyList {
  /** 法院按年维度标的统计汇总 */
  courts_bid_stat_sum?: TaobaoAuctionGovDataAnnuallyGetCourtsBidStatSum;
  /** 时间区间(年) */
  period?: string;
}

/** `CourtsBidStatSum` of `taobao.auction.gov.data.annually.get`. */
export interface TaobaoAuctionGovDataAnnuallyGetCourtsBidStatSum {
  /** 发拍次数 */
  publish_count?: Int64;
  /** 成交金额 */
  hammer_price?: Int64;
  /** 成交件数 */
  hammer_count?: Int64;
  /** 结束网拍次数 */
  end_count?: Int64;
  /** 结束标的件数（去重） */
  end_count_dist?: Int64;
  /** 平均成交溢价率(万分位) */
  avg_addv_percent?: Int64;
  /** 发拍件数（去重） */
  publish_count_dist?: Int64;
}

const REQUEST_SCHEMA = {
  court_name: 'String',
  is_include_sub: 'Boolean',
  start_year: 'String',
  end_year: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      courts_bid_stat_sum: {
        publish_count: 'Number',
        hammer_price: 'Number',
        hammer_count: 'Number',
        end_count: 'Number',
        end_count_dist: 'Number',
        avg_addv_percent: 'Number',
        publish_count_dist: 'Number',
      },
      period: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.auction.gov.data.annually.get`: method, response root, request and response schemas. */
export const taobaoAuctionGovDataAnnuallyGetOperation = {
  method: 'taobao.auction.gov.data.annually.get',
  responseRoot: 'auction_gov_data_annually_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 按年统计法院拍卖数据 — calls TOP method `taobao.auction.gov.data.annually.get`.
 *
 * 按月统计法院拍卖数据 包含：
 * 标的件数统计：发布标的件数、结束标的件数、开拍标的件数
 * 竞价实况：预计成交金额、出价次数、报名人数
 * 在线标的：在线标的件数、意向用户数、网拍围观人次
 *
 * 最长6年，年起始时间2017年
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAuctionGovDataAnnuallyGet(
  client: TopClient,
  request: TaobaoAuctionGovDataAnnuallyGetRequest,
  options?: CallOptions,
): Promise<TaobaoAuctionGovDataAnnuallyGetResponse> {
  return client.call<TaobaoAuctionGovDataAnnuallyGetResponse>(
    {
      method: 'taobao.auction.gov.data.annually.get',
      responseRoot: 'auction_gov_data_annually_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
