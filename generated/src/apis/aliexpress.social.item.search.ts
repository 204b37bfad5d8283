// Generated from specs/product/aliexpress.social.item.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.social.item.search` (AE社交选品). */
export interface AliexpressSocialItemSearchRequest {
  /** 是否有视频 */
  has_video?: boolean;
  /** order by properties */
  order_by?: string;
  /** 是否逆序 */
  desc?: boolean;
  /** page size */
  page_size?: Int64Input;
  /** 是否免邮 */
  is_ship_free?: boolean;
  /** 佣金最大值 */
  commission_rate_max?: string;
  /** 佣金最小值 */
  commission_rate_min?: string;
  /** 物流时效 */
  logistics_time?: Int64Input;
  /** 是否联盟商品 */
  alliance_item?: boolean;
  /** 类目ID */
  cate_id?: Int64Input;
  /** 页码 */
  page_no?: Int64Input;
  /** 最低价格 */
  min_price?: string;
  /** 最高价格 */
  max_price?: string;
  /** 搜索关键字 */
  keyword?: string;
  /** shipTo国家 */
  ship_to?: string;
  /** 评价分数 */
  comment_score?: string;
  /** 币种 */
  currency?: string;
  /** locale,格式为language+"_"+country */
  locale?: string;
}

/** Response of `aliexpress.social.item.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSocialItemSearchResponse {
  /** 报类型 */
  result?: AliexpressSocialItemSearchItemPickPagingResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPickPagingResult` of `aliexpress.social.item.search`. */
export interface AliexpressSocialItemSearchItemPickPagingResult {
  /** 搜索结构封装 */
  results?: AliexpressSocialItemSearchItemSearchResult[];
  /** 页码 */
  page_no?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 每页数据条数 */
  page_size?: Int64;
  /** 错误码 */
  error_code?: string;
  /** 总条数 */
  total_count?: Int64;
  /** 错误信息 */
  error_msg?: string;
}

/** `ItemSearchResult` of `aliexpress.social.item.search`. */
export interface AliexpressSocialItemSearchItemSearchResult {
  /** 商品ID */
  item_id?: Int64;
  /** 商品标题 */
  item_title?: string;
  /** 商品URL */
  item_url?: string;
  /** 商品主图 */
  item_main_pic?: string;
  /** 发布时间 */
  pub_time?: string;
  /** 评价分 */
  comment_score?: string;
  /** 店铺URL */
  shop_url?: string;
  /** 佣金比例 */
  commission_rate?: string;
  /** 图片地址 */
  item_pics?: string;
  /** 视频地址 */
  item_videos?: string;
  /** 商品原价最低值 */
  item_origin_price_min?: string;
  /** 商品原价最高值 */
  item_origin_price_max?: string;
  /** 商品折扣价最低至 */
  item_price_discount_min?: string;
  /** 商品折扣价最高值 */
  item_price_discount_max?: string;
  /** 商品折扣率 */
  item_discount_rate?: string;
  /** 卖家服务分 */
  seller_layer?: string;
  /** 销量语义化 */
  sales30_day_semantic?: Int64;
  /** 评论语义化 */
  comment30_day_semantic?: Int64;
  /** 收藏数语义化 */
  favorite_cnt_semantic?: Int64;
}

const REQUEST_SCHEMA = {
  has_video: 'Boolean',
  order_by: 'String',
  desc: 'Boolean',
  page_size: 'Number',
  is_ship_free: 'Boolean',
  commission_rate_max: 'String',
  commission_rate_min: 'String',
  logistics_time: 'Number',
  alliance_item: 'Boolean',
  cate_id: 'Number',
  page_no: 'Number',
  min_price: 'String',
  max_price: 'String',
  keyword: 'String',
  ship_to: 'String',
  comment_score: 'String',
  currency: 'String',
  locale: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: [
      {
        item_id: 'Number',
        item_title: 'String',
        item_url: 'String',
        item_main_pic: 'String',
        pub_time: 'String',
        comment_score: 'String',
        shop_url: 'String',
        commission_rate: 'String',
        item_pics: 'String',
        item_videos: 'String',
        item_origin_price_min: 'String',
        item_origin_price_max: 'String',
        item_price_discount_min: 'String',
        item_price_discount_max: 'String',
        item_discount_rate: 'String',
        seller_layer: 'String',
        sales30_day_semantic: 'Number',
        comment30_day_semantic: 'Number',
        favorite_cnt_semantic: 'Number',
      },
    ],
    page_no: 'Number',
    success: 'Boolean',
    page_size: 'Number',
    error_code: 'String',
    total_count: 'Number',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.social.item.search`: method, response root, request and response schemas. */
export const aliexpressSocialItemSearchOperation = {
  method: 'aliexpress.social.item.search',
  responseRoot: 'aliexpress_social_item_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AE社交选品 — calls TOP method `aliexpress.social.item.search`.
 *
 * AE社交选品,通过各种筛选条件对社交商品池进行筛选
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSocialItemSearch(
  client: TopClient,
  request: AliexpressSocialItemSearchRequest = {},
  options?: CallOptions,
): Promise<AliexpressSocialItemSearchResponse> {
  return client.call<AliexpressSocialItemSearchResponse>(
    {
      method: 'aliexpress.social.item.search',
      responseRoot: 'aliexpress_social_item_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
