// Generated from specs/iot/taobao.ailab.aicloud.top.message.get.unread.count.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.message.get.unread.count` (获取未读的消息数量). */
export interface TaobaoAilabAicloudTopMessageGetUnreadCountRequest {
  /** 账户体系隔离 */
  schema: string;
  /** 用户ID，此处传入第三方账户体系的用户id */
  user_id: string;
  /** 用户设备唯一识别码，长度限制32以内，建议使用系统接口获取deviceid,然后做一定的混淆处理来作为此输入参数 */
  utd_id: string;
  /** 扩展信息，用于存放APP类型等 */
  ext?: string;
}

/** Response of `taobao.ailab.aicloud.top.message.get.unread.count`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopMessageGetUnreadCountResponse {
  /** 未读留言的数量 */
  model?: Int64;
  /** 是否成功 */
  is_success?: boolean;
  /** 异常描述 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  schema: 'String',
  user_id: 'String',
  utd_id: 'String',
  ext: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Number',
  is_success: 'Boolean',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.message.get.unread.count`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopMessageGetUnreadCountOperation = {
  method: 'taobao.ailab.aicloud.top.message.get.unread.count',
  responseRoot: 'ailab_aicloud_top_message_get_unread_count_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取未读的消息数量 — calls TOP method `taobao.ailab.aicloud.top.message.get.unread.count`.
 *
 * 开放获取未读留言数量的接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopMessageGetUnreadCount(
  client: TopClient,
  request: TaobaoAilabAicloudTopMessageGetUnreadCountRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopMessageGetUnreadCountResponse> {
  return client.call<TaobaoAilabAicloudTopMessageGetUnreadCountResponse>(
    {
      method: 'taobao.ailab.aicloud.top.message.get.unread.count',
      responseRoot: 'ailab_aicloud_top_message_get_unread_count_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
