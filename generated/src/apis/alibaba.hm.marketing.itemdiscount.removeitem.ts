// Generated from specs/wdk/alibaba.hm.marketing.itemdiscount.removeitem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.itemdiscount.removeitem` (移除报名的商品). */
export interface AlibabaHmMarketingItemdiscountRemoveitemRequest {
  /** 商品对象 */
  param0: AlibabaHmMarketingItemdiscountRemoveitemItemDiscountSkuInput;
  /** 活动基本信息 */
  param1: AlibabaHmMarketingItemdiscountRemoveitemCommonActivityParamInput;
}

/** Response of `alibaba.hm.marketing.itemdiscount.removeitem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingItemdiscountRemoveitemResponse {
  /** 移除商品返回结果 */
  result?: AlibabaHmMarketingItemdiscountRemoveitemMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemDiscountSku` of `alibaba.hm.marketing.itemdiscount.removeitem`. */
export interface AlibabaHmMarketingItemdiscountRemoveitemItemDiscountSkuInput {
  /** 商品skuCode */
  sku_code: string;
}

/** `CommonActivityParam` of `alibaba.hm.marketing.itemdiscount.removeitem`. */
export interface AlibabaHmMarketingItemdiscountRemoveitemCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家活动id */
  out_act_id?: string;
  /** 是否自定义渠道同步 */
  by_channel?: boolean;
  /** 自定义同步的渠道配置 */
  channel_config_list?: AlibabaHmMarketingItemdiscountRemoveitemChannelConfigInput[];
}

/** `ChannelConfig` of `alibaba.hm.marketing.itemdiscount.removeitem`. */
export interface AlibabaHmMarketingItemdiscountRemoveitemChannelConfigInput {
  /** 淘鲜达:"31",饿了么:"3",京东到家:"26",美团外卖:"2" */
  channel?: string;
}

/** `MarketResult` of `alibaba.hm.marketing.itemdiscount.removeitem`. */
export interface AlibabaHmMarketingItemdiscountRemoveitemMarketResult {
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

/** Static description of `alibaba.hm.marketing.itemdiscount.removeitem`: method, response root, request and response schemas. */
export const alibabaHmMarketingItemdiscountRemoveitemOperation = {
  method: 'alibaba.hm.marketing.itemdiscount.removeitem',
  responseRoot: 'alibaba_hm_marketing_itemdiscount_removeitem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 移除报名的商品 — calls TOP method `alibaba.hm.marketing.itemdiscount.removeitem`.
 *
 * 将报名特价活动的商品从特价活动中移除
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingItemdiscountRemoveitem(
  client: TopClient,
  request: AlibabaHmMarketingItemdiscountRemoveitemRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingItemdiscountRemoveitemResponse> {
  return client.call<AlibabaHmMarketingItemdiscountRemoveitemResponse>(
    {
      method: 'alibaba.hm.marketing.itemdiscount.removeitem',
      responseRoot: 'alibaba_hm_marketing_itemdiscount_removeitem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
