// Generated from specs/wdk/alibaba.wdk.marketing.price.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.price` (促销价签服务). */
export interface AlibabaWdkMarketingPriceRequest {
  /** 单页大小 */
  page_size: Int64Input;
  /** 页码 */
  page_index: Int64Input;
  /**
   * 商品sku
   *
   * Max list size: 20
   */
  sku_codes?: string[];
  /**
   * 门店标识数组
   *
   * Max list size: 20
   */
  shop_ids?: string[];
  /** 查询结束时间(sku_codes非空无效) */
  end_time?: DateInput;
  /** 查询开始时间(sku_codes非空无效) */
  begin_time?: DateInput;
}

/** Response of `alibaba.wdk.marketing.price`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingPriceResponse {
  /** 返回结果 */
  result?: AlibabaWdkMarketingPricePromotionPriceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PromotionPriceResult` of `alibaba.wdk.marketing.price`. */
export interface AlibabaWdkMarketingPricePromotionPriceResult {
  /** 总数量 */
  total?: Int64;
  /** 总页数 */
  page_count?: Int64;
  /** 促销信息记录 */
  item_list?: AlibabaWdkMarketingPricePromotionPriceDO[];
  /** 错误信息 */
  err_msg?: string;
  /** 单页数据大小 */
  page_size?: Int64;
  /** 错误编码 */
  err_code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 页码 */
  page_index?: Int64;
}

/** `PromotionPriceDO` of `alibaba.wdk.marketing.price`. */
export interface AlibabaWdkMarketingPricePromotionPriceDO {
  /** 促销说明 */
  promotion_reason?: string;
  /** 记录标识 */
  id?: Int64;
  /** 店铺编码 */
  shop_code?: string;
  /** 促销类型 */
  promotion_type?: string;
  /** 店铺标识 */
  shop_id?: Int64;
  /** 促销开始时间 */
  promotion_start?: string;
  /** 促销赠品信息 */
  promotion_gift_info?: string;
  /** 促销结束时间 */
  promotion_end?: string;
  /** 商家编码 */
  merchant_code?: string;
  /** 促销价格 */
  promotion_price?: Int64;
  /** 商品编码 */
  sku_code?: string;
  /** 是否参加了促销 */
  if_promotion?: Int64;
  /** 会员促销价结束时间 */
  member_promotion_end_time?: string;
  /** 会员促销价开始时间 */
  member_promotion_start_time?: string;
  /** 会员促销价 */
  member_promotion_price?: Int64;
  /** 会员促销活动类型 */
  member_promotion_type?: string;
}

const REQUEST_SCHEMA = {
  page_size: 'Number',
  page_index: 'Number',
  sku_codes: ['String'],
  shop_ids: ['String'],
  end_time: 'Date',
  begin_time: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total: 'Number',
    page_count: 'Number',
    item_list: [
      {
        promotion_reason: 'String',
        id: 'Number',
        shop_code: 'String',
        promotion_type: 'String',
        shop_id: 'Number',
        promotion_start: 'Date',
        promotion_gift_info: 'String',
        promotion_end: 'Date',
        merchant_code: 'String',
        promotion_price: 'Number',
        sku_code: 'String',
        if_promotion: 'Number',
        member_promotion_end_time: 'Date',
        member_promotion_start_time: 'Date',
        member_promotion_price: 'Number',
        member_promotion_type: 'String',
      },
    ],
    err_msg: 'String',
    page_size: 'Number',
    err_code: 'String',
    success: 'Boolean',
    page_index: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.price`: method, response root, request and response schemas. */
export const alibabaWdkMarketingPriceOperation = {
  method: 'alibaba.wdk.marketing.price',
  responseRoot: 'alibaba_wdk_marketing_price_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 促销价签服务 — calls TOP method `alibaba.wdk.marketing.price`.
 *
 * 获取营销-促销商品中的实时价格
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingPrice(
  client: TopClient,
  request: AlibabaWdkMarketingPriceRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingPriceResponse> {
  return client.call<AlibabaWdkMarketingPriceResponse>(
    {
      method: 'alibaba.wdk.marketing.price',
      responseRoot: 'alibaba_wdk_marketing_price_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
