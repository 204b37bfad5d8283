// Generated from specs/aecreatives/aliexpress.affiliate.featuredpromo.products.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.affiliate.featuredpromo.products.get` (联盟主题推广活动商品信息获取). */
export interface AliexpressAffiliateFeaturedpromoProductsGetRequest {
  /** 请求签名 */
  app_signature?: string;
  /** 类目 ID 如何获取category_id，请参考，https://open.taobao.com/api.htm?docId=45801&docType=2&scopeId=17063 */
  category_id?: string;
  /** 返回字段列表 */
  fields?: string;
  /** 查询页码 */
  page_no?: Int64Input;
  /** 每页记录数，1-50 */
  page_size?: Int64Input;
  /** 活动结束时间，PST 时区 */
  promotion_end_time?: string;
  /** 主题活动的名称，如何获取主题活动，请参考"get featuredpromo info" API. 固定主题：高佣品（Hot Product）、新品（New Arrival）、热销商品（Best Seller）、每周尖货（weeklydeals） */
  promotion_name?: string;
  /** 活动开始时间，PST 时区 */
  promotion_start_time?: string;
  /** 排序方式：commissionAsc，commissionDesc, priceAsc，priceDesc，volumeAsc、volumeDesc, discountAsc, discountDesc, ratingAsc，ratingDesc, promotionTimeAsc, pr */
  sort?: string;
  /** 目标币种，可根据目标币种返回对应币种：USD, GBP, CAD, EUR, UAH, MXN, TRY, RUB, BRL, AUD, INR, JPY, IDR, SEK,KRW */
  target_currency?: string;
  /** 目标语言，可根据目标语言返回对应语言：EN,RU,PT,ES,FR,ID,IT,TH,JA,AR,VI,TR,DE,HE,KO,NL,PL,MX,CL,IN */
  target_language?: string;
  /** trackingID */
  tracking_id?: string;
  /** 商品收货国家，可筛选能销售至该国家的商品，并根据该国家税率政策返回对应商品价格 */
  country?: string;
}

/** Response of `aliexpress.affiliate.featuredpromo.products.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressAffiliateFeaturedpromoProductsGetResponse {
  /** 返回结果 */
  resp_result?: AliexpressAffiliateFeaturedpromoProductsGetResponseDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResponseDto` of `aliexpress.affiliate.featuredpromo.products.get`. */
export interface AliexpressAffiliateFeaturedpromoProductsGetResponseDto {
  /** 返回结果状态码 */
  resp_code?: Int64;
  /** 返回结果状态描述 */
  resp_msg?: string;
  /** 返回结果状态明细 */
  result?: AliexpressAffiliateFeaturedpromoProductsGetTrafficProductResultDto;
}

/** `TrafficProductResultDto` of `aliexpress.affiliate.featuredpromo.products.get`. */
export interface AliexpressAffiliateFeaturedpromoProductsGetTrafficProductResultDto {
  /** 当前返回页数 */
  current_page_no?: Int64;
  /** 当前返回数量 */
  current_record_count?: Int64;
  /** 返回商品列表 */
  products?: AliexpressAffiliateFeaturedpromoProductsGetProduct[];
  /** 总计页数 */
  total_page_no?: Int64;
  /** 总计数量 */
  total_record_count?: Int64;
  /** 数据是否拉取完成 */
  is_finished?: boolean;
}

/** `Product` of `aliexpress.affiliate.featuredpromo.products.get`. */
export interface AliexpressAffiliateFeaturedpromoProductsGetProduct {
  /** app专享售价 */
  app_sale_price?: string;
  /** 佣金率 */
  commission_rate?: string;
  /** 折扣比例 */
  discount?: string;
  /** 一级类目ID */
  first_level_category_id?: Int64;
  /** 一级类目名称 */
  first_level_category_name?: string;
  /** 商品原始报价 */
  original_price?: string;
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
  /** 按目标币种转换后的原始价格 */
  target_original_price?: string;
  /** 按目标币种转换后的通用售价币种 */
  target_sale_price?: string;
  /** 最近销量 */
  lastest_volume?: Int64;
  /** 爆品佣金率 */
  hot_product_commission_rate?: string;
  /** 平台商品类型：ALL,PLAZA,TMALL */
  platform_product_type?: string;
  /** 好评率 */
  evaluate_rate?: string;
  /** app专享售价币种 */
  app_sale_price_currency?: string;
  /** 原始售价币种 */
  original_price_currency?: string;
  /** 按目标币种转换后的原始价格币种 */
  target_original_price_currency?: string;
  /** 按目标币种转换后的售价 */
  target_sale_price_currency?: string;
  /** 按目标币种转换后的APP专享价币种 */
  target_app_sale_price_currency?: string;
  /** 商品售价币种 */
  sale_price_currency?: string;
  /** JV佣金率 */
  relevant_market_commission_rate?: string;
  /** code信息 */
  promo_code_info?: AliexpressAffiliateFeaturedpromoProductsGetPromoCodeDto;
}

/** `PromoCodeDto` of `aliexpress.affiliate.featuredpromo.products.get`. */
export interface AliexpressAffiliateFeaturedpromoProductsGetPromoCodeDto {
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
  category_id: 'String',
  fields: 'String',
  page_no: 'Number',
  page_size: 'Number',
  promotion_end_time: 'String',
  promotion_name: 'String',
  promotion_start_time: 'String',
  sort: 'String',
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
      current_page_no: 'Number',
      current_record_count: 'Number',
      products: [
        {
          app_sale_price: 'String',
          commission_rate: 'String',
          discount: 'String',
          first_level_category_id: 'Number',
          first_level_category_name: 'String',
          original_price: 'String',
          product_detail_url: 'String',
          product_id: 'Number',
          product_main_image_url: 'String',
          product_small_image_urls: ['String'],
          product_title: 'String',
          product_video_url: 'String',
          promotion_link: 'String',
          sale_price: 'String',
          second_level_category_id: 'Number',
          second_level_category_name: 'String',
          shop_id: 'Number',
          shop_url: 'String',
          target_app_sale_price: 'String',
          target_original_price: 'String',
          target_sale_price: 'String',
          lastest_volume: 'Number',
          hot_product_commission_rate: 'String',
          platform_product_type: 'String',
          evaluate_rate: 'String',
          app_sale_price_currency: 'String',
          original_price_currency: 'String',
          target_original_price_currency: 'String',
          target_sale_price_currency: 'String',
          target_app_sale_price_currency: 'String',
          sale_price_currency: 'String',
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
      total_page_no: 'Number',
      total_record_count: 'Number',
      is_finished: 'Boolean',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.affiliate.featuredpromo.products.get`: method, response root, request and response schemas. */
export const aliexpressAffiliateFeaturedpromoProductsGetOperation = {
  method: 'aliexpress.affiliate.featuredpromo.products.get',
  responseRoot: 'aliexpress_affiliate_featuredpromo_products_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 联盟主题推广活动商品信息获取 — calls TOP method `aliexpress.affiliate.featuredpromo.products.get`.
 *
 * 根据联盟主题推广活动或主题品库查询对应的商品。如下品库为固定品库，可长期调用。品库类型和名称如下：高佣品（Hot Product）、新品（New Arrival）、热销商品（Best Seller）、每周尖货（weeklydeals）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressAffiliateFeaturedpromoProductsGet(
  client: TopClient,
  request: AliexpressAffiliateFeaturedpromoProductsGetRequest = {},
  options?: CallOptions,
): Promise<AliexpressAffiliateFeaturedpromoProductsGetResponse> {
  return client.call<AliexpressAffiliateFeaturedpromoProductsGetResponse>(
    {
      method: 'aliexpress.affiliate.featuredpromo.products.get',
      responseRoot: 'aliexpress_affiliate_featuredpromo_products_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
