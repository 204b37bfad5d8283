// Generated from specs/product/aliexpress.social.item.ranking.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.social.item.ranking` (社交排行榜). */
export interface AliexpressSocialItemRankingRequest {
  /** 币种 */
  currency?: string;
  /**
   * 国家列表
   *
   * Max list size: 20
   */
  country_list?: string[];
  /** locale，格式为language+"_"+country */
  locale?: string;
  /** 页码 */
  page_no?: Int64Input;
  /** 类目ID */
  cate_id?: Int64Input;
  /** 每页条数 */
  page_size?: Int64Input;
}

/** Response of `aliexpress.social.item.ranking`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSocialItemRankingResponse {
  /** 返回包装类型 */
  result?: AliexpressSocialItemRankingItemPickPagingResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPickPagingResult` of `aliexpress.social.item.ranking`. */
export interface AliexpressSocialItemRankingItemPickPagingResult {
  /** 返回类型 */
  results?: AliexpressSocialItemRankingItemSearchResult[];
  /** 页码 */
  page_no?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 总条数 */
  total_count?: Int64;
  /** 错误信息 */
  error_msg?: string;
  /** 每页条数 */
  page_size?: Int64;
}

/** `ItemSearchResult` of `aliexpress.social.item.ranking`. */
export interface AliexpressSocialItemRankingItemSearchResult {
  /** 商品ID */
  item_id?: string;
  /** 商品标题 */
  item_title?: string;
  /** 商品链接 */
  item_url?: string;
  /** 商品主图 */
  item_main_pic?: string;
  /** 商品原价最低值 */
  item_origin_price_min?: string;
  /** 商品原价最高值 */
  item_origin_price_max?: string;
  /** 商品折扣价最低值 */
  item_price_discount_min?: string;
  /** 商品折扣价最高值 */
  item_price_discount_max?: string;
  /** 商品折扣率 */
  item_discount_rate?: string;
  /** 商品发布时间 */
  pub_time?: string;
  /** 商品评价分数 */
  comment_score?: string;
  /** 店铺URL */
  shop_url?: string;
  /** 佣金比例 */
  commission_rate?: string;
  /** 商品图片地址 */
  item_pics?: string;
  /** 商品视频地址 */
  item_videos?: string;
  /** 卖家服务等级 */
  seller_layer?: string;
  /** 30天销量语义化信息 */
  sales30_day_semantic?: string;
  /** 30天评论数语义化信息 */
  comment30_day_semantic?: string;
  /** 收藏数语义化信息 */
  favorite_cnt_semantic?: string;
}

const REQUEST_SCHEMA = {
  currency: 'String',
  country_list: ['String'],
  locale: 'String',
  page_no: 'Number',
  cate_id: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: [
      {
        item_id: 'String',
        item_title: 'String',
        item_url: 'String',
        item_main_pic: 'String',
        item_origin_price_min: 'String',
        item_origin_price_max: 'String',
        item_price_discount_min: 'String',
        item_price_discount_max: 'String',
        item_discount_rate: 'String',
        pub_time: 'String',
        comment_score: 'String',
        shop_url: 'String',
        commission_rate: 'String',
        item_pics: 'String',
        item_videos: 'String',
        seller_layer: 'String',
        sales30_day_semantic: 'String',
        comment30_day_semantic: 'String',
        favorite_cnt_semantic: 'String',
      },
    ],
    page_no: 'Number',
    success: 'Boolean',
    error_code: 'String',
    total_count: 'Number',
    error_msg: 'String',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.social.item.ranking`: method, response root, request and response schemas. */
export const aliexpressSocialItemRankingOperation = {
  method: 'aliexpress.social.item.ranking',
  responseRoot: 'aliexpress_social_item_ranking_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 社交排行榜 — calls TOP method `aliexpress.social.item.ranking`.
 *
 * 社交商品成交排行榜
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSocialItemRanking(
  client: TopClient,
  request: AliexpressSocialItemRankingRequest = {},
  options?: CallOptions,
): Promise<AliexpressSocialItemRankingResponse> {
  return client.call<AliexpressSocialItemRankingResponse>(
    {
      method: 'aliexpress.social.item.ranking',
      responseRoot: 'aliexpress_social_item_ranking_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
