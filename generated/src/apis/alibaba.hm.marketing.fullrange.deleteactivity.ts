// Generated from specs/wdk/alibaba.hm.marketing.fullrange.deleteactivity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.fullrange.deleteactivity` (全场活动删除活动接口). */
export interface AlibabaHmMarketingFullrangeDeleteactivityRequest {
  /** 需要删除的活动的信息 */
  param: AlibabaHmMarketingFullrangeDeleteactivityCommonActivityParamInput;
}

/** Response of `alibaba.hm.marketing.fullrange.deleteactivity`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingFullrangeDeleteactivityResponse {
  /** 删除活动返回结果 */
  result?: AlibabaHmMarketingFullrangeDeleteactivityMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonActivityParam` of `alibaba.hm.marketing.fullrange.deleteactivity`. */
export interface AlibabaHmMarketingFullrangeDeleteactivityCommonActivityParamInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 商家的活动id */
  out_act_id?: string;
}

/** `MarketResult` of `alibaba.hm.marketing.fullrange.deleteactivity`. */
export interface AlibabaHmMarketingFullrangeDeleteactivityMarketResult {
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

/** Static description of `alibaba.hm.marketing.fullrange.deleteactivity`: method, response root, request and response schemas. */
export const alibabaHmMarketingFullrangeDeleteactivityOperation = {
  method: 'alibaba.hm.marketing.fullrange.deleteactivity',
  responseRoot: 'alibaba_hm_marketing_fullrange_deleteactivity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全场活动删除活动接口 — calls TOP method `alibaba.hm.marketing.fullrange.deleteactivity`.
 *
 * 全场活动删除活动
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingFullrangeDeleteactivity(
  client: TopClient,
  request: AlibabaHmMarketingFullrangeDeleteactivityRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingFullrangeDeleteactivityResponse> {
  return client.call<AlibabaHmMarketingFullrangeDeleteactivityResponse>(
    {
      method: 'alibaba.hm.marketing.fullrange.deleteactivity',
      responseRoot: 'alibaba_hm_marketing_fullrange_deleteactivity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
