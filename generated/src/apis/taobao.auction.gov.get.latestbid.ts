// Generated from specs/auction/taobao.auction.gov.get.latestbid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.auction.gov.get.latestbid` (获取司法拍卖最新出价数据). */
export interface TaobaoAuctionGovGetLatestbidRequest {
  /** 法院名称 */
  court_name: string;
  /** 死否包含下属法院 */
  contain_child: boolean;
  /** 获取最新出价条数 */
  max_count: Int64Input;
}

/** Response of `taobao.auction.gov.get.latestbid`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAuctionGovGetLatestbidResponse {
  /** result */
  result?: TaobaoAuctionGovGetLatestbidResult4Top;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result4Top` of `taobao.auction.gov.get.latestbid`. */
export interface TaobaoAuctionGovGetLatestbidResult4Top {
  /** 错误码 */
  error_code?: string;
  /** 错误说明 */
  error_msg?: string;
  /** 最新出价列表 */
  results?: TaobaoAuctionGovGetLatestbidLatestBids[];
  /** 是否成功 */
  success?: boolean;
  /** 返回的最新出价条数 */
  total_item?: Int64;
}

/** `LatestBids` of `taobao.auction.gov.get.latestbid`. */
export interface TaobaoAuctionGovGetLatestbidLatestBids {
  /** 竞买号 */
  alias_name?: string;
  /** 出价金额(分为单位) */
  bid_price?: Int64;
  /** 出价时间 */
  bid_time?: Int64;
  /** 标的物类目 */
  cat_name?: string;
  /** 评估价/市场价(分为单位) */
  consult_price?: Int64;
  /** 法院名称 */
  court_name?: string;
  /** 起拍价(分为单位) */
  init_price?: Int64;
  /** 拍品id */
  item_id?: Int64;
  /** 拍品标题 */
  item_title?: string;
  /** 拍品图片 */
  pic_url?: string;
}

const REQUEST_SCHEMA = {
  court_name: 'String',
  contain_child: 'Boolean',
  max_count: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    results: [
      {
        alias_name: 'String',
        bid_price: 'Number',
        bid_time: 'Number',
        cat_name: 'String',
        consult_price: 'Number',
        court_name: 'String',
        init_price: 'Number',
        item_id: 'Number',
        item_title: 'String',
        pic_url: 'String',
      },
    ],
    success: 'Boolean',
    total_item: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.auction.gov.get.latestbid`: method, response root, request and response schemas. */
export const taobaoAuctionGovGetLatestbidOperation = {
  method: 'taobao.auction.gov.get.latestbid',
  responseRoot: 'auction_gov_get_latestbid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取司法拍卖最新出价数据 — calls TOP method `taobao.auction.gov.get.latestbid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAuctionGovGetLatestbid(
  client: TopClient,
  request: TaobaoAuctionGovGetLatestbidRequest,
  options?: CallOptions,
): Promise<TaobaoAuctionGovGetLatestbidResponse> {
  return client.call<TaobaoAuctionGovGetLatestbidResponse>(
    {
      method: 'taobao.auction.gov.get.latestbid',
      responseRoot: 'auction_gov_get_latestbid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
