// Generated from specs/util/taobao.top.sdk.feedback.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.top.sdk.feedback.upload` (sdk信息回调). */
export interface TaobaoTopSdkFeedbackUploadRequest {
  /** 1、回传加密信息 */
  type: string;
  /** 具体内容，json形式 */
  content?: string;
}

/** Response of `taobao.top.sdk.feedback.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTopSdkFeedbackUploadResponse {
  /** 控制回传间隔（单位：秒） */
  upload_interval?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  type: 'String',
  content: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  upload_interval: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.top.sdk.feedback.upload`: method, response root, request and response schemas. */
export const taobaoTopSdkFeedbackUploadOperation = {
  method: 'taobao.top.sdk.feedback.upload',
  responseRoot: 'top_sdk_feedback_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * sdk信息回调 — calls TOP method `taobao.top.sdk.feedback.upload`.
 *
 * sdk回调客户端基本信息到开放平台，用于做监控之类，有助于帮助isv监控系统稳定性
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTopSdkFeedbackUpload(
  client: TopClient,
  request: TaobaoTopSdkFeedbackUploadRequest,
  options?: CallOptions,
): Promise<TaobaoTopSdkFeedbackUploadResponse> {
  return client.call<TaobaoTopSdkFeedbackUploadResponse>(
    {
      method: 'taobao.top.sdk.feedback.upload',
      responseRoot: 'top_sdk_feedback_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
