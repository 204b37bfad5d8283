// Generated from specs/alihealthcrm/alibaba.alihealth.pregnancy.posts.data.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.pregnancy.posts.data` (发回帖子信息同步). */
export interface AlibabaAlihealthPregnancyPostsDataRequest {
  /** 用户id */
  user_id: Int64Input;
  /** 事件类型 0发帖 1回帖 */
  event_type: Int64Input;
  /** 主贴id */
  main_id: Int64Input;
  /** 回帖id */
  reply_id?: Int64Input;
  /** 标题 */
  title: string;
  /** 内容 */
  content: string;
  /** 图片url */
  pic_url?: string;
  /** 发帖时间 */
  date: Int64Input;
}

/** Response of `alibaba.alihealth.pregnancy.posts.data`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthPregnancyPostsDataResponse {
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  user_id: 'Number',
  event_type: 'Number',
  main_id: 'Number',
  reply_id: 'Number',
  title: 'String',
  content: 'String',
  pic_url: 'String',
  date: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.pregnancy.posts.data`: method, response root, request and response schemas. */
export const alibabaAlihealthPregnancyPostsDataOperation = {
  method: 'alibaba.alihealth.pregnancy.posts.data',
  responseRoot: 'alibaba_alihealth_pregnancy_posts_data_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发回帖子信息同步 — calls TOP method `alibaba.alihealth.pregnancy.posts.data`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthPregnancyPostsData(
  client: TopClient,
  request: AlibabaAlihealthPregnancyPostsDataRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthPregnancyPostsDataResponse> {
  return client.call<AlibabaAlihealthPregnancyPostsDataResponse>(
    {
      method: 'alibaba.alihealth.pregnancy.posts.data',
      responseRoot: 'alibaba_alihealth_pregnancy_posts_data_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
