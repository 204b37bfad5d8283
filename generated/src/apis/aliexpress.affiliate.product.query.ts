// Generated from specs/aecreatives/aliexpress.affiliate.product.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.affiliate.product.query` (联盟推广商品获取接口). */
export interface AliexpressAffiliateProductQueryRequest {
  /** 安全签名 */
  app_signature?: string;
  /** 类目ID列表 */
  category_ids?: string;
  /** 返回字段列表 */
  fields?: string;
  /** 关键词 */
  keywords?: string;
  /** 最大售价 */
  max_sale_price?: Int64Input;
  /** 最小售价 */
  min_sale_price?: Int64Input;
  /** 查询页码 */
  page_no?: Int64Input;
  /** 每页记录数 */
  page_size?: Int64Input;
  /** 平台商品类型：ALL,PLAZA,TMALL */
  platform_product_type?: string;
  /** 排序方式:SALE_PRICE_ASC, SALE_PRICE_DESC, LAST_VOLUME_ASC, LAST_VOLUME_DESC */
  sort?: string;
  /** 目标币种:USD, GBP, CAD, EUR, UAH, MXN, TRY, RUB, BRL, AUD, INR, JPY, IDR, SEK,KRW */
  target_currency?: string;
  /** 目标语言:EN,RU,PT,ES,FR,ID,IT,TH,JA,AR,VI,TR,DE,HE,KO,NL,PL,MX,CL,IW,IN */
  target_language?: string;
  /** trackingId */
  tracking_id?: string;
  /** 商品收货国家，根据该国家税率政策返回对应商品价格 */
  ship_to_country?: string;
  /** 物流到达时间。3：3日达，5：5 日达，7：7日达，10：10日达 */
  delivery_days?: string;
}

/** Response of `aliexpress.affiliate.product.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressAffiliateProductQueryResponse {
  /** 返回结果 */
  resp_result?: AliexpressAffiliateProductQueryResponseDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResponseDto` of `aliexpress.affiliate.product.query`. */
export interface AliexpressAffiliateProductQueryResponseDto {
  /** 返回结果状态码 */
  resp_code?: Int64;
  /** 返回结果状态描述 */
  resp_msg?: string;
  /** 返回结果状态结果 */
  result?: AliexpressAffiliateProductQueryTrafficProductResultDto;
}

/** `TrafficProductResultDto` of `aliexpress.affiliate.product.query`. */
export interface AliexpressAffiliateProductQueryTrafficProductResultDto {
  /** 当前页码 */
  current_page_no?: Int64;
  /** 当前返回数量 */
  current_record_count?: Int64;
  /** 返回商品明细 */
  products?: AliexpressAffiliateProductQueryProduct[];
  /** 总计页数 */
  total_page_no?: Int64;
  /** 总计数量 */
  total_record_count?: Int64;
}

/** `Product` of `aliexpress.affiliate.product.query`. */
export interface AliexpressAffiliateProductQueryProduct {
  /** app专享售价 */
  app_sale_price?: string;
  /** app专享售价币种 */
  app_sale_price_currency?: string;
  /** 佣金率 */
  commission_rate?: string;
  /** 折扣比例 */
  discount?: string;
  /** 好评率 */
  evaluate_rate?: string;
  /** 一级类目ID */
  first_level_category_id?: Int64;
  /** 一级类目名称 */
  first_level_category_name?: string;
  /** 近期销量 */
  lastest_volume?: Int64;
  /** 爆品佣金率 */
  hot_product_commission_rate?: string;
  /** 商品原始报价 */
  original_price?: string;
  /** 商品原始报价币种 */
  original_price_currency?: string;
  /** 平台商家类型 */
  platform_product_type?: string;
  /** 商品访问地址 */
  product_detail_url?: string;
  /** 商品ID */
  product_id?: Int64;
  /** 商品主题地址 */
  product_main_image_url?: string;
  /** 商品小图地址列表 */
  product_small_image_urls?: string[];
  /** 商品标题 */
  product_title?: string;
  /** 商品视频地址 */
  product_video_url?: string;
  /** 推广转链信息 */
  promotion_link?: string;
  /** 商品售价 */
  sale_price?: string;
  /** 商品售价币种 */
  sale_price_currency?: string;
  /** 商品二级类目ID */
  second_level_category_id?: Int64;
  /** 商品二级类目名称 */
  second_level_category_name?: string;
  /** 店铺ID */
  shop_id?: Int64;
  /** 店铺地址 */
  shop_url?: string;
  /** 按目标币种转换后的APP专享价 */
  target_app_sale_price?: string;
  /** 按目标币种转换后的APP专享价币种 */
  target_app_sale_price_currency?: string;
  /** 按目标币种转换后的原始价格 */
  target_original_price?: string;
  /** 按目标币种转换后的原始价格币种 */
  target_original_price_currency?: string;
  /** 按目标币种转换后的售价 */
  target_sale_price?: string;
  /** 按目标币种转换后的售价币种 */
  target_sale_price_currency?: string;
  /** JV佣金率 */
  relevant_market_commission_rate?: string;
  /** code信息 */
  promo_code_info?: AliexpressAffiliateProductQueryPromoCodeDto;
  /** 可达国家与到达时间 */
  ship_to_days?: string;
}

/** `PromoCodeDto` of `aliexpress.affiliate.product.query`. */
export interface AliexpressAffiliateProductQueryPromoCodeDto {
  /** 专属绑定PID的code码 */
  promo_code?: string;
  /** 优惠方式 1 满减，2 满折 */
  code_campaigntype?: string;
  /** 面额 */
  code_value?: string;
  /** code使用有效期的开始时间 */
  code_availabletime_start?: string;
  /** code使用有效期的结束时间 */
  code_availabletime_end?: string;
  /** 最低使用门槛 */
  code_mini_spend?: string;
  /** code剩余可使用的数量 */
  code_quantity?: string;
  /** 品code合一url */
  code_promotionurl?: string;
}

const REQUEST_SCHEMA = {
  app_signature: 'String',
  category_ids: 'String',
  fields: 'String',
  keywords: 'String',
  max_sale_price: 'Number',
  min_sale_price: 'Number',
  page_no: 'Number',
  page_size: 'Number',
  platform_product_type: 'String',
  sort: 'String',
  target_currency: 'String',
  target_language: 'String',
  tracking_id: 'String',
  ship_to_country: 'String',
  delivery_days: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_result: {
    resp_code: 'Number',
    resp_msg: 'String',
    result: {
      current_page_no: 'Number',
      current_record_count: 'Number',
      products: [
        {
          app_sale_price: 'String',
          app_sale_price_currency: 'String',
          commission_rate: 'String',
          discount: 'String',
          evaluate_rate: 'String',
          first_level_category_id: 'Number',
          first_level_category_name: 'String',
          lastest_volume: 'Number',
          hot_product_commission_rate: 'String',
          original_price: 'String',
          original_price_currency: 'String',
          platform_product_type: 'String',
          product_detail_url: 'String',
          product_id: 'Number',
          product_main_image_url: 'String',
          product_small_image_urls: ['String'],
          product_title: 'String',
          product_video_url: 'String',
          promotion_link: 'String',
          sale_price: 'String',
          sale_price_currency: 'String',
          second_level_category_id: 'Number',
          second_level_category_name: 'String',
          shop_id: 'Number',
          shop_url: 'String',
          target_app_sale_price: 'String',
          target_app_sale_price_currency: 'String',
          target_original_price: 'String',
          target_original_price_currency: 'String',
          target_sale_price: 'String',
          target_sale_price_currency: 'String',
          relevant_market_commission_rate: 'String',
          promo_code_info: {
            promo_code: 'String',
            code_campaigntype: 'String',
            code_value: 'String',
            code_availabletime_start: 'String',
            code_availabletime_end: 'String',
            code_mini_spend: 'String',
            code_quantity: 'String',
            code_promotionurl: 'String',
          },
          ship_to_days: 'String',
        },
      ],
      total_page_no: 'Number',
      total_record_count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.affiliate.product.query`: method, response root, request and response schemas. */
export const aliexpressAffiliateProductQueryOperation = {
  method: 'aliexpress.affiliate.product.query',
  responseRoot: 'aliexpress_affiliate_product_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 联盟推广商品获取接口 — calls TOP method `aliexpress.affiliate.product.query`.
 *
 * 联盟推广商品搜索接口，用于搜索联盟推广商品数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressAffiliateProductQuery(
  client: TopClient,
  request: AliexpressAffiliateProductQueryRequest = {},
  options?: CallOptions,
): Promise<AliexpressAffiliateProductQueryResponse> {
  return client.call<AliexpressAffiliateProductQueryResponse>(
    {
      method: 'aliexpress.affiliate.product.query',
      responseRoot: 'aliexpress_affiliate_product_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
