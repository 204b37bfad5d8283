// Generated from specs/wdk/alibaba.wdk.marketing.coupon.additem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.coupon.additem` (在优惠券活动下添加商品。【注意，此接口暂不支持并发！】). */
export interface AlibabaWdkMarketingCouponAdditemRequest {
  /** 商品对象 */
  param0: AlibabaWdkMarketingCouponAdditemItemCouponSkuInput;
  /** 活动基本信息 */
  param1: AlibabaWdkMarketingCouponAdditemCommonActivityParamInput;
}

/** Response of `alibaba.wdk.marketing.coupon.additem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingCouponAdditemResponse {
  /** 商品报名活动的返回结果 */
  result?: AlibabaWdkMarketingCouponAdditemMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemCouponSku` of `alibaba.wdk.marketing.coupon.additem`. */
export interface AlibabaWdkMarketingCouponAdditemItemCouponSkuInput {
  /** 商品的skuCode */
  sku_code: string;
}

/** `CommonActivityParam` of `alibaba.wdk.marketing.coupon.additem`. */
export interface AlibabaWdkMarketingCouponAdditemCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家活动id */
  out_act_id?: string;
}

/** `MarketResult` of `alibaba.wdk.marketing.coupon.additem`. */
export interface AlibabaWdkMarketingCouponAdditemMarketResult {
  /** 错误信息 */
  message?: string;
  /** 错误码 */
  error_code?: string;
  /** 报名活动成功的商品详情 */
  data?: AlibabaWdkMarketingCouponAdditemItemCouponSku;
  /** 是否报名成功 */
  success?: boolean;
}

/** `ItemCouponSku` of `alibaba.wdk.marketing.coupon.additem`. */
export interface AlibabaWdkMarketingCouponAdditemItemCouponSku {
  /** 商品名称 */
  sku_name?: string;
  /** 商品的skuCode */
  sku_code?: string;
  /** 淘宝item和shop的对应关系， k-itemId, v-shopId */
  item_shop_relation?: string | Record<string, unknown>;
}

const REQUEST_SCHEMA = {
  param0: {
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
      sku_name: 'String',
      sku_code: 'String',
      item_shop_relation: 'Json',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.coupon.additem`: method, response root, request and response schemas. */
export const alibabaWdkMarketingCouponAdditemOperation = {
  method: 'alibaba.wdk.marketing.coupon.additem',
  responseRoot: 'alibaba_wdk_marketing_coupon_additem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 在优惠券活动下添加商品。【注意，此接口暂不支持并发！】 — calls TOP method `alibaba.wdk.marketing.coupon.additem`.
 *
 * 在优惠券活动下添加商品。【注意，此接口暂不支持并发！】
 * 如果是商品券，则添加的商品为券适用的商品；
 * 如果是品类券，则添加的商品为券排除的商品；
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingCouponAdditem(
  client: TopClient,
  request: AlibabaWdkMarketingCouponAdditemRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingCouponAdditemResponse> {
  return client.call<AlibabaWdkMarketingCouponAdditemResponse>(
    {
      method: 'alibaba.wdk.marketing.coupon.additem',
      responseRoot: 'alibaba_wdk_marketing_coupon_additem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
