// Generated from specs/tmallgenie/taobao.ailab.aicloud.top.message.sendtext.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.message.sendtext` (故事机发送文本留言). */
export interface TaobaoAilabAicloudTopMessageSendtextRequest {
  /** 账户体系隔离 */
  schema?: string;
  /** 用户ID，此处传入第三方账户体系的用户 id */
  user_id?: string;
  /** 用户设备唯一识别码，长度限制32以内， 建议使用系统接口获取deviceid, 然后做一定的混淆处理来作为此输入参数 */
  utd_id?: string;
  /** 扩展信息，用于存放APP类型等 */
  ext?: string;
  /** 留言输入的文本 */
  text?: string;
}

/** Response of `taobao.ailab.aicloud.top.message.sendtext`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopMessageSendtextResponse {
  /** result */
  result?: TaobaoAilabAicloudTopMessageSendtextAiCloudResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AiCloudResult` of `taobao.ailab.aicloud.top.message.sendtext`. */
export interface TaobaoAilabAicloudTopMessageSendtextAiCloudResult {
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** success */
  is_success?: boolean;
}

const REQUEST_SCHEMA = {
  schema: 'String',
  user_id: 'String',
  utd_id: 'String',
  ext: 'String',
  text: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_code: 'String',
    msg_info: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.message.sendtext`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopMessageSendtextOperation = {
  method: 'taobao.ailab.aicloud.top.message.sendtext',
  responseRoot: 'ailab_aicloud_top_message_sendtext_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 故事机发送文本留言 — calls TOP method `taobao.ailab.aicloud.top.message.sendtext`.
 *
 * 故事机文本留言
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopMessageSendtext(
  client: TopClient,
  request: TaobaoAilabAicloudTopMessageSendtextRequest = {},
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopMessageSendtextResponse> {
  return client.call<TaobaoAilabAicloudTopMessageSendtextResponse>(
    {
      method: 'taobao.ailab.aicloud.top.message.sendtext',
      responseRoot: 'ailab_aicloud_top_message_sendtext_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
