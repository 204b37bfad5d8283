// Generated from specs/wdk/alibaba.wdk.marketing.fullrange.removeitem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.fullrange.removeitem` (全场活动删除购品). */
export interface AlibabaWdkMarketingFullrangeRemoveitemRequest {
  /** 商品sku信息 */
  param0: AlibabaWdkMarketingFullrangeRemoveitemItemStairSkuInput;
  /** 活动信息 */
  param1?: AlibabaWdkMarketingFullrangeRemoveitemCommonActivityParamInput;
}

/** Response of `alibaba.wdk.marketing.fullrange.removeitem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingFullrangeRemoveitemResponse {
  /** result */
  result?: AlibabaWdkMarketingFullrangeRemoveitemMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemStairSku` of `alibaba.wdk.marketing.fullrange.removeitem`. */
export interface AlibabaWdkMarketingFullrangeRemoveitemItemStairSkuInput {
  /** 商品skucode */
  sku_code: string;
}

/** `CommonActivityParam` of `alibaba.wdk.marketing.fullrange.removeitem`. */
export interface AlibabaWdkMarketingFullrangeRemoveitemCommonActivityParamInput {
  /** 商家活动id */
  out_act_id?: string;
  /** 报名活动Id */
  activity_id: Int64Input;
}

/** `MarketResult` of `alibaba.wdk.marketing.fullrange.removeitem`. */
export interface AlibabaWdkMarketingFullrangeRemoveitemMarketResult {
  /** message */
  message?: string;
  /** data */
  data?: string;
  /** errorCode */
  error_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
    sku_code: 'String',
  },
  param1: {
    out_act_id: 'String',
    activity_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.fullrange.removeitem`: method, response root, request and response schemas. */
export const alibabaWdkMarketingFullrangeRemoveitemOperation = {
  method: 'alibaba.wdk.marketing.fullrange.removeitem',
  responseRoot: 'alibaba_wdk_marketing_fullrange_removeitem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全场活动删除购品 — calls TOP method `alibaba.wdk.marketing.fullrange.removeitem`.
 *
 * 删除换购商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingFullrangeRemoveitem(
  client: TopClient,
  request: AlibabaWdkMarketingFullrangeRemoveitemRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingFullrangeRemoveitemResponse> {
  return client.call<AlibabaWdkMarketingFullrangeRemoveitemResponse>(
    {
      method: 'alibaba.wdk.marketing.fullrange.removeitem',
      responseRoot: 'alibaba_wdk_marketing_fullrange_removeitem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
