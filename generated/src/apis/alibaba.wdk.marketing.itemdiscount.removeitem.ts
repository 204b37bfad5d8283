// Generated from specs/wdk/alibaba.wdk.marketing.itemdiscount.removeitem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.itemdiscount.removeitem` (移除报名的商品). */
export interface AlibabaWdkMarketingItemdiscountRemoveitemRequest {
  /** 商品对象 */
  param0: AlibabaWdkMarketingItemdiscountRemoveitemItemDiscountSkuInput;
  /** 活动基本信息 */
  param1: AlibabaWdkMarketingItemdiscountRemoveitemCommonActivityParamInput;
}

/** Response of `alibaba.wdk.marketing.itemdiscount.removeitem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingItemdiscountRemoveitemResponse {
  /** 移除商品返回结果 */
  result?: AlibabaWdkMarketingItemdiscountRemoveitemMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemDiscountSku` of `alibaba.wdk.marketing.itemdiscount.removeitem`. */
export interface AlibabaWdkMarketingItemdiscountRemoveitemItemDiscountSkuInput {
  /** 商品skuCode */
  sku_code: string;
}

/** `CommonActivityParam` of `alibaba.wdk.marketing.itemdiscount.removeitem`. */
export interface AlibabaWdkMarketingItemdiscountRemoveitemCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家活动id */
  out_act_id?: string;
  /** 是否自定义渠道同步 */
  by_channel?: boolean;
  /** 自定义同步的渠道配置 */
  channel_config_list?: AlibabaWdkMarketingItemdiscountRemoveitemChannelConfigInput[];
}

/** `ChannelConfig` of `alibaba.wdk.marketing.itemdiscount.removeitem`. */
export interface AlibabaWdkMarketingItemdiscountRemoveitemChannelConfigInput {
  /** 淘鲜达:"31",饿了么:"3",京东到家:"26",美团外卖:"2" */
  channel?: string;
}

/** `MarketResult` of `alibaba.wdk.marketing.itemdiscount.removeitem`. */
export interface AlibabaWdkMarketingItemdiscountRemoveitemMarketResult {
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
    by_channel: 'Boolean',
    channel_config_list: [
      {
        channel: 'String',
      },
    ],
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

/** Static description of `alibaba.wdk.marketing.itemdiscount.removeitem`: method, response root, request and response schemas. */
export const alibabaWdkMarketingItemdiscountRemoveitemOperation = {
  method: 'alibaba.wdk.marketing.itemdiscount.removeitem',
  responseRoot: 'alibaba_wdk_marketing_itemdiscount_removeitem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 移除报名的商品 — calls TOP method `alibaba.wdk.marketing.itemdiscount.removeitem`.
 *
 * 将报名特价活动的商品从特价活动中移除
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingItemdiscountRemoveitem(
  client: TopClient,
  request: AlibabaWdkMarketingItemdiscountRemoveitemRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingItemdiscountRemoveitemResponse> {
  return client.call<AlibabaWdkMarketingItemdiscountRemoveitemResponse>(
    {
      method: 'alibaba.wdk.marketing.itemdiscount.removeitem',
      responseRoot: 'alibaba_wdk_marketing_itemdiscount_removeitem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
