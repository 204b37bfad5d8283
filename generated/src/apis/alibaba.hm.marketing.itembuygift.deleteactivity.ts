// Generated from specs/wdk/alibaba.hm.marketing.itembuygift.deleteactivity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.itembuygift.deleteactivity` (删除买赠活动). */
export interface AlibabaHmMarketingItembuygiftDeleteactivityRequest {
  /** 要删除的活动信息 */
  param: AlibabaHmMarketingItembuygiftDeleteactivityCommonActivityParamInput;
}

/** Response of `alibaba.hm.marketing.itembuygift.deleteactivity`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingItembuygiftDeleteactivityResponse {
  /** 删除活动返回结果 */
  result?: AlibabaHmMarketingItembuygiftDeleteactivityMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonActivityParam` of `alibaba.hm.marketing.itembuygift.deleteactivity`. */
export interface AlibabaHmMarketingItembuygiftDeleteactivityCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家的活动id */
  out_act_id?: string;
}

/** `MarketResult` of `alibaba.hm.marketing.itembuygift.deleteactivity`. */
export interface AlibabaHmMarketingItembuygiftDeleteactivityMarketResult {
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

/** Static description of `alibaba.hm.marketing.itembuygift.deleteactivity`: method, response root, request and response schemas. */
export const alibabaHmMarketingItembuygiftDeleteactivityOperation = {
  method: 'alibaba.hm.marketing.itembuygift.deleteactivity',
  responseRoot: 'alibaba_hm_marketing_itembuygift_deleteactivity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除买赠活动 — calls TOP method `alibaba.hm.marketing.itembuygift.deleteactivity`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingItembuygiftDeleteactivity(
  client: TopClient,
  request: AlibabaHmMarketingItembuygiftDeleteactivityRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingItembuygiftDeleteactivityResponse> {
  return client.call<AlibabaHmMarketingItembuygiftDeleteactivityResponse>(
    {
      method: 'alibaba.hm.marketing.itembuygift.deleteactivity',
      responseRoot: 'alibaba_hm_marketing_itembuygift_deleteactivity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
