// Generated from specs/iot/taobao.ailab.aicloud.top.message.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.message.send` (发送留言). */
export interface TaobaoAilabAicloudTopMessageSendRequest {
  /** 扩展信息，用于存放APP类型等 */
  ext?: string;
  /** 用户设备唯一识别码，长度限制32以内，建议使用系统接口获取deviceid,然后做一定的混淆处理来作为此输入参数 */
  utd_id?: string;
  /** 用户ID，此处传入第三方账户体系的用户id */
  user_id?: string;
  /** 账户体系隔离 */
  schema?: string;
  /** 用户上传到OSS上的文件路径，不包含域名 */
  audio_path?: string;
}

/** Response of `taobao.ailab.aicloud.top.message.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopMessageSendResponse {
  /** msgInfo */
  msg_info?: string;
  /** success */
  is_success?: boolean;
  /** model */
  model?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ext: 'String',
  utd_id: 'String',
  user_id: 'String',
  schema: 'String',
  audio_path: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_info: 'String',
  is_success: 'Boolean',
  model: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.message.send`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopMessageSendOperation = {
  method: 'taobao.ailab.aicloud.top.message.send',
  responseRoot: 'ailab_aicloud_top_message_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发送留言 — calls TOP method `taobao.ailab.aicloud.top.message.send`.
 *
 * 供准入的外部用户实现发送留言功能，APP端发送，设备端读取
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopMessageSend(
  client: TopClient,
  request: TaobaoAilabAicloudTopMessageSendRequest = {},
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopMessageSendResponse> {
  return client.call<TaobaoAilabAicloudTopMessageSendResponse>(
    {
      method: 'taobao.ailab.aicloud.top.message.send',
      responseRoot: 'ailab_aicloud_top_message_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
