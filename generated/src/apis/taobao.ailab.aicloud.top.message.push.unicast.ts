// Generated from specs/tmallgenie/taobao.ailab.aicloud.top.message.push.unicast.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.message.push.unicast` (天猫精灵消息中心单播推送消息接口). */
export interface TaobaoAilabAicloudTopMessagePushUnicastRequest {
  /** 消息推送单播请求体 */
  message_unicast_request?: TaobaoAilabAicloudTopMessagePushUnicastMessageUnicastRequestInput;
}

/** Response of `taobao.ailab.aicloud.top.message.push.unicast`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopMessagePushUnicastResponse {
  /** 本次调用trace */
  trace_id?: string;
  /** 调用结果code 0:成功 非0：失败 */
  ret_code?: Int64;
  /** 调用结果描述 */
  ret_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MessageUnicastRequest` of `taobao.ailab.aicloud.top.message.push.unicast`. */
export interface TaobaoAilabAicloudTopMessagePushUnicastMessageUnicastRequestInput {
  /** 推送上下文信息 */
  push_context?: string;
  /** 消息发送目标 */
  send_target?: TaobaoAilabAicloudTopMessagePushUnicastMessageSendTargetInput;
  /** 消息模板id */
  message_template_id?: string;
  /** 消息号id */
  message_entity_id?: string;
  /** 模板占位符 */
  place_holder?: string;
}

/** `MessageSendTarget` of `taobao.ailab.aicloud.top.message.push.unicast`. */
export interface TaobaoAilabAicloudTopMessagePushUnicastMessageSendTargetInput {
  /** 消息发送用户标识类型 */
  target_type?: string;
  /** 消息发送用户标识id */
  target_identity?: string;
}

const REQUEST_SCHEMA = {
  message_unicast_request: {
    push_context: 'String',
    send_target: {
      target_type: 'String',
      target_identity: 'String',
    },
    message_template_id: 'String',
    message_entity_id: 'String',
    place_holder: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trace_id: 'String',
  ret_code: 'Number',
  ret_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.message.push.unicast`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopMessagePushUnicastOperation = {
  method: 'taobao.ailab.aicloud.top.message.push.unicast',
  responseRoot: 'ailab_aicloud_top_message_push_unicast_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵消息中心单播推送消息接口 — calls TOP method `taobao.ailab.aicloud.top.message.push.unicast`.
 *
 * 天猫精灵运营平台消息能力开放广播接口，主要开放给b端用户，用户可调用接口进行广播推送，将消息推送到天猫精灵设备或者天猫精灵APP中。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopMessagePushUnicast(
  client: TopClient,
  request: TaobaoAilabAicloudTopMessagePushUnicastRequest = {},
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopMessagePushUnicastResponse> {
  return client.call<TaobaoAilabAicloudTopMessagePushUnicastResponse>(
    {
      method: 'taobao.ailab.aicloud.top.message.push.unicast',
      responseRoot: 'ailab_aicloud_top_message_push_unicast_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
