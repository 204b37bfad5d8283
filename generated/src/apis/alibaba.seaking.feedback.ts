// Generated from specs/seaking/alibaba.seaking.feedback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.seaking.feedback` (API服务发布成功商品ID回传). */
export interface AlibabaSeakingFeedbackRequest {
  /** api 接口名字 */
  invoke_api_name?: string;
  /** 商品投放平台 */
  platform?: string;
  /** 商品id */
  product_id?: string;
  /** 店铺id(ae为cn开头的店铺id, lazada为邮箱) */
  sub_identifier?: string;
  /** 店铺所在平台 */
  sub_identifier_type?: string;
  /** erp名称 */
  identifier?: string;
  /** erp用户id */
  identifier_type?: string;
}

/** Response of `alibaba.seaking.feedback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSeakingFeedbackResponse {
  /** 是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  invoke_api_name: 'String',
  platform: 'String',
  product_id: 'String',
  sub_identifier: 'String',
  sub_identifier_type: 'String',
  identifier: 'String',
  identifier_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.seaking.feedback`: method, response root, request and response schemas. */
export const alibabaSeakingFeedbackOperation = {
  method: 'alibaba.seaking.feedback',
  responseRoot: 'alibaba_seaking_feedback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * API服务发布成功商品ID回传 — calls TOP method `alibaba.seaking.feedback`.
 *
 * API服务发布成功商品ID回传，用于跟进商品id后续的使用情况
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSeakingFeedback(
  client: TopClient,
  request: AlibabaSeakingFeedbackRequest = {},
  options?: CallOptions,
): Promise<AlibabaSeakingFeedbackResponse> {
  return client.call<AlibabaSeakingFeedbackResponse>(
    {
      method: 'alibaba.seaking.feedback',
      responseRoot: 'alibaba_seaking_feedback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
