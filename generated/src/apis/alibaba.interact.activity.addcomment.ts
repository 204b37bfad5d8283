// Generated from specs/interact/alibaba.interact.activity.addcomment.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.activity.addcomment` (微淘评论接口). */
export interface AlibabaInteractActivityAddcommentRequest {
  /** 该字段为评论内容 */
  content: string;
  /** 评论feedid */
  feed_id: Int64Input;
  /** 发评论的业务id */
  biz_id: string;
}

/** Response of `alibaba.interact.activity.addcomment`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractActivityAddcommentResponse {
  /** 返回成功 */
  is_success?: boolean;
  /** 评论的楼层数 */
  floor?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  content: 'String',
  feed_id: 'Number',
  biz_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  floor: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.activity.addcomment`: method, response root, request and response schemas. */
export const alibabaInteractActivityAddcommentOperation = {
  method: 'alibaba.interact.activity.addcomment',
  responseRoot: 'alibaba_interact_activity_addcomment_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 微淘评论接口 — calls TOP method `alibaba.interact.activity.addcomment`.
 *
 * 发表评论，并返回楼层
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractActivityAddcomment(
  client: TopClient,
  request: AlibabaInteractActivityAddcommentRequest,
  options?: CallOptions,
): Promise<AlibabaInteractActivityAddcommentResponse> {
  return client.call<AlibabaInteractActivityAddcommentResponse>(
    {
      method: 'alibaba.interact.activity.addcomment',
      responseRoot: 'alibaba_interact_activity_addcomment_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
