// Generated from specs/aecreatives/aliexpress.affiliate.productdetail.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.affiliate.productdetail.get` (联盟商品详情获取接口). */
export interface AliexpressAffiliateProductdetailGetRequest {
  /** 安全签名 */
  app_signature?: string;
  /** commission_rate,sale_price */
  fields?: string;
  /** 商品ID列表 */
  product_ids?: string;
  /** 目标币种:USD, GBP, CAD, EUR, UAH, MXN, TRY, RUB, BRL, AUD, INR, JPY, IDR, SEK,KRW */
  target_currency?: string;
  /** 目标语言:EN,RU,PT,ES,FR,ID,IT,TH,JA,AR,VI,TR,DE,HE,KO,NL,PL,MX,CL,IW,IN */
  target_language?: string;
  /** trackingId */
  tracking_id?: string;
  /** 商品收货国家，可筛选能销售至该国家的商品，并根据该国家税率政策返回对应商品价格 */
  country?: string;
}

/** Response of `aliexpress.affiliate.productdetail.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressAffiliateProductdetailGetResponse {
  /** 返回结果 */
  resp_result?: AliexpressAffiliateProductdetailGetAffiliateProductResponseDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AffiliateProductResponseDto` of `aliexpress.affiliate.productdetail.get`. */
export interface AliexpressAffiliateProductdetailGetAffiliateProductResponseDto {
  /** 返回结果状态码 */
  resp_code?: Int64;
  /** 返回结果状态码描述 */
  resp_msg?: string;
  /** 返回结果明细 */
  result?: AliexpressAffiliateProductdetailGetAffiliateProductResultDto;
}

/** `AffiliateProductResultDto` of `aliexpress.affiliate.productdetail.get`. */
export interface AliexpressAffiliateProductdetailGetAffiliateProductResultDto {
  /** 当前页记录数 */
  current_record_count?: Int64;
  /** 商品列表 */
  products?: AliexpressAffiliateProductdetailGetProduct[];
}

/** `Product` of `aliexpress.affiliate.productdetail.get`. */
export interface AliexpressAffiliateProductdetailGetProduct {
  /** app专享售价 */
  app_sale_price?: string;
  /** app专享售价币种 */
  app_sale_price_currency?: string;
  /** 佣金率 */
  commission_rate?: string;
  /** 折扣率 */
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
  /** 原始售价 */
  original_price?: string;
  /** 原始售价币种 */
  original_price_currency?: string;
  /** 平台商品类型：ALL,PLAZA,TMALL */
  platform_product_type?: string;
  /** 商品访问地址 */
  product_detail_url?: string;
  /** 商品ID */
  product_id?: Int64;
  /** 商品主图地址 */
  product_main_image_url?: string;
  /** 商品小图地址列表 */
  product_small_image_urls?: string[];
  /** 商品标题 */
  product_title?: string;
  /** 商品视频地址 */
  product_video_url?: string;
  /** 推广链接 */
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
  promo_code_info?: AliexpressAffiliateProductdetailGetPromoCodeDto;
}

/** `PromoCodeDto` of `aliexpress.affiliate.productdetail.get`. */
export interface AliexpressAffiliateProductdetailGetPromoCodeDto {
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
  fields: 'String',
  product_ids: 'String',
  target_currency: 'String',
  target_language: 'String',
  tracking_id: 'String',
  country: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_result: {
    resp_code: 'Number',
    resp_msg: 'String',
    result: {
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
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.affiliate.productdetail.get`: method, response root, request and response schemas. */
export const aliexpressAffiliateProductdetailGetOperation = {
  method: 'aliexpress.affiliate.productdetail.get',
  responseRoot: 'aliexpress_affiliate_productdetail_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 联盟商品详情获取接口 — calls TOP method `aliexpress.affiliate.productdetail.get`.
 *
 * 联盟推广商品搜索接口，用于搜索联盟推广商品数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressAffiliateProductdetailGet(
  client: TopClient,
  request: AliexpressAffiliateProductdetailGetRequest = {},
  options?: CallOptions,
): Promise<AliexpressAffiliateProductdetailGetResponse> {
  return client.call<AliexpressAffiliateProductdetailGetResponse>(
    {
      method: 'aliexpress.affiliate.productdetail.get',
      responseRoot: 'aliexpress_affiliate_productdetail_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
