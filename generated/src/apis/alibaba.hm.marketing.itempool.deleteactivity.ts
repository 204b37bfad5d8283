// Generated from specs/wdk/alibaba.hm.marketing.itempool.deleteactivity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.itempool.deleteactivity` (删除商品池活动). */
export interface AlibabaHmMarketingItempoolDeleteactivityRequest {
  /** 需要删除的活动的信息 */
  param: AlibabaHmMarketingItempoolDeleteactivityCommonActivityParamInput;
}

/** Response of `alibaba.hm.marketing.itempool.deleteactivity`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingItempoolDeleteactivityResponse {
  /** 删除活动返回结果 */
  result?: AlibabaHmMarketingItempoolDeleteactivityMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonActivityParam` of `alibaba.hm.marketing.itempool.deleteactivity`. */
export interface AlibabaHmMarketingItempoolDeleteactivityCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家的活动id */
  out_act_id?: string;
  /** 是否自定义渠道配置 */
  by_channel?: boolean;
  /** 自定义同步渠道配置 */
  channel_config_list?: AlibabaHmMarketingItempoolDeleteactivityChannelConfigInput[];
}

/** `ChannelConfig` of `alibaba.hm.marketing.itempool.deleteactivity`. */
export interface AlibabaHmMarketingItempoolDeleteactivityChannelConfigInput {
  /** 淘鲜达:"31",饿了么:"3",京东到家:"26",美团外卖:"2" */
  channel?: string;
}

/** `MarketResult` of `alibaba.hm.marketing.itempool.deleteactivity`. */
export interface AlibabaHmMarketingItempoolDeleteactivityMarketResult {
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

/** Static description of `alibaba.hm.marketing.itempool.deleteactivity`: method, response root, request and response schemas. */
export const alibabaHmMarketingItempoolDeleteactivityOperation = {
  method: 'alibaba.hm.marketing.itempool.deleteactivity',
  responseRoot: 'alibaba_hm_marketing_itempool_deleteactivity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除商品池活动 — calls TOP method `alibaba.hm.marketing.itempool.deleteactivity`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingItempoolDeleteactivity(
  client: TopClient,
  request: AlibabaHmMarketingItempoolDeleteactivityRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingItempoolDeleteactivityResponse> {
  return client.call<AlibabaHmMarketingItempoolDeleteactivityResponse>(
    {
      method: 'alibaba.hm.marketing.itempool.deleteactivity',
      responseRoot: 'alibaba_hm_marketing_itempool_deleteactivity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
