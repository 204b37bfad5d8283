// Generated from specs/auction/taobao.auction.gov.data.topn.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.auction.gov.data.topn.get` (根据不同维度，获取排行榜列表). */
export interface TaobaoAuctionGovDataTopnGetRequest {
  /** 周期类型 （2：周，3：月，4：年） */
  circle_type: Int64Input;
  /** 周期区间 周期（周填0、月份 yyyyMM、年份 yyyy) */
  circle: Int64Input;
  /** 业务类型 （1：成交额，2：发拍件数） */
  busi_type: Int64Input;
  /** 区域类型（1：全国，2：全省） */
  zone_type: Int64Input;
  /** 法院名称 */
  court_name: string;
}

/** Response of `taobao.auction.gov.data.topn.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAuctionGovDataTopnGetResponse {
  /** 法院维度标的统计排行 */
  ranks?: TaobaoAuctionGovDataTopnGetCourtsBidStatTopnDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CourtsBidStatTopnDto` of `taobao.auction.gov.data.topn.get`. */
export interface TaobaoAuctionGovDataTopnGetCourtsBidStatTopnDto {
  /** 排名 */
  rank?: Int64;
  /** 法院名称 */
  court_name?: string;
  /** 成交价（成交标的） */
  hammer_price?: Int64;
  /** 发拍件数（去重） */
  publish_count_dist?: Int64;
}

const REQUEST_SCHEMA = {
  circle_type: 'Number',
  circle: 'Number',
  busi_type: 'Number',
  zone_type: 'Number',
  court_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ranks: [
    {
      rank: 'Number',
      court_name: 'String',
      hammer_price: 'Number',
      publish_count_dist: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.auction.gov.data.topn.get`: method, response root, request and response schemas. */
export const taobaoAuctionGovDataTopnGetOperation = {
  method: 'taobao.auction.gov.data.topn.get',
  responseRoot: 'auction_gov_data_topn_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据不同维度，获取排行榜列表 — calls TOP method `taobao.auction.gov.data.topn.get`.
 *
 * 根据不同时间维度(周,月,年)，获取(成交额或发拍件数)排行榜列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAuctionGovDataTopnGet(
  client: TopClient,
  request: TaobaoAuctionGovDataTopnGetRequest,
  options?: CallOptions,
): Promise<TaobaoAuctionGovDataTopnGetResponse> {
  return client.call<TaobaoAuctionGovDataTopnGetResponse>(
    {
      method: 'taobao.auction.gov.data.topn.get',
      responseRoot: 'auction_gov_data_topn_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
