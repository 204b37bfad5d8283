// Generated from specs/wdk/alibaba.wdk.marketing.itembuygift.additem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.itembuygift.additem` (增加买赠活动商品。【注意，此接口暂不支持并发！】). */
export interface AlibabaWdkMarketingItembuygiftAdditemRequest {
  /** 商品对象 */
  param0: AlibabaWdkMarketingItembuygiftAdditemItemBuyGiftSkuInput;
  /** 活动基本信息 */
  param1: AlibabaWdkMarketingItembuygiftAdditemCommonActivityParamInput;
}

/** Response of `alibaba.wdk.marketing.itembuygift.additem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingItembuygiftAdditemResponse {
  /** 商品报名活动的返回结果 */
  result?: AlibabaWdkMarketingItembuygiftAdditemMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemBuyGiftSku` of `alibaba.wdk.marketing.itembuygift.additem`. */
export interface AlibabaWdkMarketingItembuygiftAdditemItemBuyGiftSkuInput {
  /** 通用限购信息，-1为不限制，默认为不限制 */
  limit_info?: AlibabaWdkMarketingItembuygiftAdditemLimitInfoInput;
  /** 买N赠1的N */
  buy_num: Int64Input;
  /** 赠品的skuCode，如果和主商品的skuCode相同，则为买A赠A；如果不同，则为买A赠B */
  gift_sku_code: string;
  /** 主商品的skuCode */
  sku_code: string;
}

/** `LimitInfo` of `alibaba.wdk.marketing.itembuygift.additem`. */
export interface AlibabaWdkMarketingItembuygiftAdditemLimitInfoInput {
  /** 每人每日限购 */
  user_daily_limit_cnt?: Int64Input;
  /** 每人活动期间总限购 */
  user_limit_cnt?: Int64Input;
  /** 活动期间总限购 */
  total_limit_cnt?: Int64Input;
}

/** `CommonActivityParam` of `alibaba.wdk.marketing.itembuygift.additem`. */
export interface AlibabaWdkMarketingItembuygiftAdditemCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家活动id */
  out_act_id?: string;
}

/** `MarketResult` of `alibaba.wdk.marketing.itembuygift.additem`. */
export interface AlibabaWdkMarketingItembuygiftAdditemMarketResult {
  /** 错误信息 */
  message?: string;
  /** 错误码 */
  error_code?: string;
  /** 报名活动成功的商品详情 */
  data?: AlibabaWdkMarketingItembuygiftAdditemItemBuyGiftSku;
  /** 是否报名成功 */
  success?: boolean;
}

/** `ItemBuyGiftSku` of `alibaba.wdk.marketing.itembuygift.additem`. */
export interface AlibabaWdkMarketingItembuygiftAdditemItemBuyGiftSku {
  /** 主商品的skuCode */
  sku_code?: string;
  /** 淘宝item和shop的对应关系， k-itemId, v-shopId */
  item_shop_relation?: string;
  /** 赠品的skuCode */
  gift_sku_code?: string;
  /** 主商品名称 */
  sku_name?: string;
  /** 买N赠1的N */
  buy_num?: Int64;
  /** 赠品名称 */
  gift_sku_name?: string;
  /** 通用限购信息，-1为不限制，默认为不限制 */
  limit_info?: AlibabaWdkMarketingItembuygiftAdditemLimitInfo;
}

/** `LimitInfo` of `alibaba.wdk.marketing.itembuygift.additem`. */
export interface AlibabaWdkMarketingItembuygiftAdditemLimitInfo {
  /** 活动期间总限购 */
  total_limit_cnt?: Int64;
  /** 每人活动期间总限购 */
  user_limit_cnt?: Int64;
  /** 每人每日限购 */
  user_daily_limit_cnt?: Int64;
}

const REQUEST_SCHEMA = {
  param0: {
    limit_info: {
      user_daily_limit_cnt: 'Number',
      user_limit_cnt: 'Number',
      total_limit_cnt: 'Number',
    },
    buy_num: 'Number',
    gift_sku_code: 'String',
    sku_code: 'String',
  },
  param1: {
    activity_id: 'Number',
    out_act_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    error_code: 'String',
    data: {
      sku_code: 'String',
      item_shop_relation: 'String',
      gift_sku_code: 'String',
      sku_name: 'String',
      buy_num: 'Number',
      gift_sku_name: 'String',
      limit_info: {
        total_limit_cnt: 'Number',
        user_limit_cnt: 'Number',
        user_daily_limit_cnt: 'Number',
      },
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.itembuygift.additem`: method, response root, request and response schemas. */
export const alibabaWdkMarketingItembuygiftAdditemOperation = {
  method: 'alibaba.wdk.marketing.itembuygift.additem',
  responseRoot: 'alibaba_wdk_marketing_itembuygift_additem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 增加买赠活动商品。【注意，此接口暂不支持并发！】 — calls TOP method `alibaba.wdk.marketing.itembuygift.additem`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingItembuygiftAdditem(
  client: TopClient,
  request: AlibabaWdkMarketingItembuygiftAdditemRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingItembuygiftAdditemResponse> {
  return client.call<AlibabaWdkMarketingItembuygiftAdditemResponse>(
    {
      method: 'alibaba.wdk.marketing.itembuygift.additem',
      responseRoot: 'alibaba_wdk_marketing_itembuygift_additem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
