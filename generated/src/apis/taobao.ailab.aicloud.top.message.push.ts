// Generated from specs/tmallgenie/taobao.ailab.aicloud.top.message.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.message.push` (天猫精灵消息中心广播推送消息接口). */
export interface TaobaoAilabAicloudTopMessagePushRequest {
  /** 消息推送请求 */
  message_broadcast_request?: TaobaoAilabAicloudTopMessagePushMessageBroadcastRequestInput;
}

/** Response of `taobao.ailab.aicloud.top.message.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopMessagePushResponse {
  /** 接口返回model */
  result?: TaobaoAilabAicloudTopMessagePushOpsCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MessageBroadcastRequest` of `taobao.ailab.aicloud.top.message.push`. */
export interface TaobaoAilabAicloudTopMessagePushMessageBroadcastRequestInput {
  /** 消息号id */
  message_template_id: string;
  /** 消息模板id */
  message_entity_id: string;
}

/** `OpsCommonResult` of `taobao.ailab.aicloud.top.message.push`. */
export interface TaobaoAilabAicloudTopMessagePushOpsCommonResult {
  /** 错误码，0为成功，其余为失败 */
  ret_code?: Int64;
  /** 错误信息 */
  ret_msg?: string;
}

const REQUEST_SCHEMA = {
  message_broadcast_request: {
    message_template_id: 'String',
    message_entity_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ret_code: 'Number',
    ret_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.message.push`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopMessagePushOperation = {
  method: 'taobao.ailab.aicloud.top.message.push',
  responseRoot: 'ailab_aicloud_top_message_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵消息中心广播推送消息接口 — calls TOP method `taobao.ailab.aicloud.top.message.push`.
 *
 * 天猫精灵运营平台消息能力开放广播接口，主要开放给b端用户，用户可调用接口进行广播推送，将消息推送到天猫精灵设备或者天猫精灵APP中。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopMessagePush(
  client: TopClient,
  request: TaobaoAilabAicloudTopMessagePushRequest = {},
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopMessagePushResponse> {
  return client.call<TaobaoAilabAicloudTopMessagePushResponse>(
    {
      method: 'taobao.ailab.aicloud.top.message.push',
      responseRoot: 'ailab_aicloud_top_message_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
