// Generated from specs/wdk/alibaba.wdk.marketing.fullrange.deleteactivity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.fullrange.deleteactivity` (全场活动删除活动接口). */
export interface AlibabaWdkMarketingFullrangeDeleteactivityRequest {
  /** 需要删除的活动的信息 */
  param: AlibabaWdkMarketingFullrangeDeleteactivityCommonActivityParamInput;
}

/** Response of `alibaba.wdk.marketing.fullrange.deleteactivity`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingFullrangeDeleteactivityResponse {
  /** 删除活动返回结果 */
  result?: AlibabaWdkMarketingFullrangeDeleteactivityMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonActivityParam` of `alibaba.wdk.marketing.fullrange.deleteactivity`. */
export interface AlibabaWdkMarketingFullrangeDeleteactivityCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家的活动id */
  out_act_id?: string;
}

/** `MarketResult` of `alibaba.wdk.marketing.fullrange.deleteactivity`. */
export interface AlibabaWdkMarketingFullrangeDeleteactivityMarketResult {
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

/** Static description of `alibaba.wdk.marketing.fullrange.deleteactivity`: method, response root, request and response schemas. */
export const alibabaWdkMarketingFullrangeDeleteactivityOperation = {
  method: 'alibaba.wdk.marketing.fullrange.deleteactivity',
  responseRoot: 'alibaba_wdk_marketing_fullrange_deleteactivity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全场活动删除活动接口 — calls TOP method `alibaba.wdk.marketing.fullrange.deleteactivity`.
 *
 * 全场活动删除活动
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingFullrangeDeleteactivity(
  client: TopClient,
  request: AlibabaWdkMarketingFullrangeDeleteactivityRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingFullrangeDeleteactivityResponse> {
  return client.call<AlibabaWdkMarketingFullrangeDeleteactivityResponse>(
    {
      method: 'alibaba.wdk.marketing.fullrange.deleteactivity',
      responseRoot: 'alibaba_wdk_marketing_fullrange_deleteactivity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
