// Generated from specs/wdk/alibaba.wdk.marketing.itembuygift.removeitem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.itembuygift.removeitem` (移除买赠活动下的商品。【注意，此接口暂不支持并发！】). */
export interface AlibabaWdkMarketingItembuygiftRemoveitemRequest {
  /** 商品对象 */
  param0: AlibabaWdkMarketingItembuygiftRemoveitemItemBuyGiftSkuInput;
  /** 活动基本信息 */
  param1: AlibabaWdkMarketingItembuygiftRemoveitemCommonActivityParamInput;
}

/** Response of `alibaba.wdk.marketing.itembuygift.removeitem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingItembuygiftRemoveitemResponse {
  /** 移除商品返回结果 */
  result?: AlibabaWdkMarketingItembuygiftRemoveitemMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemBuyGiftSku` of `alibaba.wdk.marketing.itembuygift.removeitem`. */
export interface AlibabaWdkMarketingItembuygiftRemoveitemItemBuyGiftSkuInput {
  /** 商品skuCode */
  sku_code: string;
}

/** `CommonActivityParam` of `alibaba.wdk.marketing.itembuygift.removeitem`. */
export interface AlibabaWdkMarketingItembuygiftRemoveitemCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家活动id */
  out_act_id?: string;
}

/** `MarketResult` of `alibaba.wdk.marketing.itembuygift.removeitem`. */
export interface AlibabaWdkMarketingItembuygiftRemoveitemMarketResult {
  /** 错误信息 */
  message?: string;
  /** 错误码 */
  error_code?: string;
  /** 是否移除成功 */
  data?: boolean;
  /** 是否移除成功 */
  success?: boolean;
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
    data: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.itembuygift.removeitem`: method, response root, request and response schemas. */
export const alibabaWdkMarketingItembuygiftRemoveitemOperation = {
  method: 'alibaba.wdk.marketing.itembuygift.removeitem',
  responseRoot: 'alibaba_wdk_marketing_itembuygift_removeitem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 移除买赠活动下的商品。【注意，此接口暂不支持并发！】 — calls TOP method `alibaba.wdk.marketing.itembuygift.removeitem`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingItembuygiftRemoveitem(
  client: TopClient,
  request: AlibabaWdkMarketingItembuygiftRemoveitemRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingItembuygiftRemoveitemResponse> {
  return client.call<AlibabaWdkMarketingItembuygiftRemoveitemResponse>(
    {
      method: 'alibaba.wdk.marketing.itembuygift.removeitem',
      responseRoot: 'alibaba_wdk_marketing_itembuygift_removeitem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
