// Generated from specs/auction/taobao.auction.gov.data.realtime.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.auction.gov.data.realtime.get` (获取实时(今日)统计数据). */
export interface TaobaoAuctionGovDataRealtimeGetRequest {
  /** 法院名称 */
  court_name: string;
  /** 统计数据是否包含下级法院 */
  is_include_sub: boolean;
}

/** Response of `taobao.auction.gov.data.realtime.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAuctionGovDataRealtimeGetResponse {
  /** 今日拍卖统计数据 */
  real_time_data?: TaobaoAuctionGovDataRealtimeGetRealTimeData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RealTimeData` of `taobao.auction.gov.data.realtime.get`. */
export interface TaobaoAuctionGovDataRealtimeGetRealTimeData {
  /** 在线标的件数 */
  auction_online_number?: Int64;
  /** 用户出价次数 */
  user_bid_number?: Int64;
  /** 开拍标的件数 */
  auction_start_number?: Int64;
  /** 发布标的件数 */
  auction_publish_count?: Int64;
  /** 报名人数 */
  user_apply_number?: Int64;
  /** 意向用户数，包含订阅和报名次数，会累加历史数据 */
  user_intention_number?: Int64;
  /** 今天预计成交金额 */
  today_predict_gmv?: Int64;
  /** 用户围观次数，会累加历史数据 */
  user_view_number?: Int64;
  /** 结束标的件数 */
  auction_end_number?: Int64;
}

const REQUEST_SCHEMA = {
  court_name: 'String',
  is_include_sub: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  real_time_data: {
    auction_online_number: 'Number',
    user_bid_number: 'Number',
    auction_start_number: 'Number',
    auction_publish_count: 'Number',
    user_apply_number: 'Number',
    user_intention_number: 'Number',
    today_predict_gmv: 'Number',
    user_view_number: 'Number',
    auction_end_number: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.auction.gov.data.realtime.get`: method, response root, request and response schemas. */
export const taobaoAuctionGovDataRealtimeGetOperation = {
  method: 'taobao.auction.gov.data.realtime.get',
  responseRoot: 'auction_gov_data_realtime_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取实时(今日)统计数据 — calls TOP method `taobao.auction.gov.data.realtime.get`.
 *
 * 提供查询当日法院及下属法院的拍卖统计数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAuctionGovDataRealtimeGet(
  client: TopClient,
  request: TaobaoAuctionGovDataRealtimeGetRequest,
  options?: CallOptions,
): Promise<TaobaoAuctionGovDataRealtimeGetResponse> {
  return client.call<TaobaoAuctionGovDataRealtimeGetResponse>(
    {
      method: 'taobao.auction.gov.data.realtime.get',
      responseRoot: 'auction_gov_data_realtime_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
