// Generated from specs/wdk/alibaba.wdk.marketing.itemdiscount.deleteactivity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.itemdiscount.deleteactivity` (删除商品特价活动). */
export interface AlibabaWdkMarketingItemdiscountDeleteactivityRequest {
  /** 需要删除的活动的信息 */
  param: AlibabaWdkMarketingItemdiscountDeleteactivityCommonActivityRequestInput;
}

/** Response of `alibaba.wdk.marketing.itemdiscount.deleteactivity`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingItemdiscountDeleteactivityResponse {
  /** 删除活动返回结果 */
  result?: AlibabaWdkMarketingItemdiscountDeleteactivityMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonActivityRequest` of `alibaba.wdk.marketing.itemdiscount.deleteactivity`. */
export interface AlibabaWdkMarketingItemdiscountDeleteactivityCommonActivityRequestInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家活动id */
  out_act_id?: string;
  /** 是否自定义渠道同步 */
  by_channel?: boolean;
  /** 自定义同步的渠道配置 */
  channel_config_list?: AlibabaWdkMarketingItemdiscountDeleteactivityChannelConfigInput[];
}

/** `ChannelConfig` of `alibaba.wdk.marketing.itemdiscount.deleteactivity`. */
export interface AlibabaWdkMarketingItemdiscountDeleteactivityChannelConfigInput {
  /** 淘鲜达:"31",饿了么:"3",京东到家:"26",美团外卖:"2" */
  channel?: string;
}

/** `MarketResult` of `alibaba.wdk.marketing.itemdiscount.deleteactivity`. */
export interface AlibabaWdkMarketingItemdiscountDeleteactivityMarketResult {
  /** 错误信息 */
  message?: string;
  /** 错误码 */
  error_code?: string;
  /** 删除活动是否成功 */
  data?: boolean;
  /** 删除活动是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param: {
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

/** Static description of `alibaba.wdk.marketing.itemdiscount.deleteactivity`: method, response root, request and response schemas. */
export const alibabaWdkMarketingItemdiscountDeleteactivityOperation = {
  method: 'alibaba.wdk.marketing.itemdiscount.deleteactivity',
  responseRoot: 'alibaba_wdk_marketing_itemdiscount_deleteactivity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除商品特价活动 — calls TOP method `alibaba.wdk.marketing.itemdiscount.deleteactivity`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingItemdiscountDeleteactivity(
  client: TopClient,
  request: AlibabaWdkMarketingItemdiscountDeleteactivityRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingItemdiscountDeleteactivityResponse> {
  return client.call<AlibabaWdkMarketingItemdiscountDeleteactivityResponse>(
    {
      method: 'alibaba.wdk.marketing.itemdiscount.deleteactivity',
      responseRoot: 'alibaba_wdk_marketing_itemdiscount_deleteactivity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
