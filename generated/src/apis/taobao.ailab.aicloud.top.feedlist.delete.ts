// Generated from specs/iot/taobao.ailab.aicloud.top.feedlist.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.feedlist.delete` (删除单条对话流信息). */
export interface TaobaoAilabAicloudTopFeedlistDeleteRequest {
  /** 扩展信息，用于存放APP类型等 */
  ext?: string;
  /** 账户体系隔离 */
  schema: string;
  /** 用户ID，此处传入第三方账户体系的用户id */
  user_id: string;
  /** 用户设备唯一识别码，长度限制32以内，建议使用系统接口获取deviceid,然后做一定的混淆处理来作为此输入参数 */
  utd_id?: string;
  /** 消息的唯一标识 */
  sentence_id: string;
}

/** Response of `taobao.ailab.aicloud.top.feedlist.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopFeedlistDeleteResponse {
  /** msgInfo */
  msg_info?: string;
  /** model */
  model?: string;
  /** success */
  is_success?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ext: 'String',
  schema: 'String',
  user_id: 'String',
  utd_id: 'String',
  sentence_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_info: 'String',
  model: 'String',
  is_success: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.feedlist.delete`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopFeedlistDeleteOperation = {
  method: 'taobao.ailab.aicloud.top.feedlist.delete',
  responseRoot: 'ailab_aicloud_top_feedlist_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除单条对话流信息 — calls TOP method `taobao.ailab.aicloud.top.feedlist.delete`.
 *
 * 删除指定的某一条对话流信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopFeedlistDelete(
  client: TopClient,
  request: TaobaoAilabAicloudTopFeedlistDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopFeedlistDeleteResponse> {
  return client.call<TaobaoAilabAicloudTopFeedlistDeleteResponse>(
    {
      method: 'taobao.ailab.aicloud.top.feedlist.delete',
      responseRoot: 'ailab_aicloud_top_feedlist_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
