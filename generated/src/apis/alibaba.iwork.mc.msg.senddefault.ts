// Generated from specs/campus/alibaba.iwork.mc.msg.senddefault.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.iwork.mc.msg.senddefault` (给注册用户发送消息). */
export interface AlibabaIworkMcMsgSenddefaultRequest {
  /** 消息对象 */
  message_event: AlibabaIworkMcMsgSenddefaultDefaultMessageEventInput;
}

/** Response of `alibaba.iwork.mc.msg.senddefault`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIworkMcMsgSenddefaultResponse {
  /** result */
  result?: AlibabaIworkMcMsgSenddefaultPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DefaultMessageEvent` of `alibaba.iwork.mc.msg.senddefault`. */
export interface AlibabaIworkMcMsgSenddefaultDefaultMessageEventInput {
  /** 消息ID(唯一ID) */
  msg_key: string;
  /** 时间戳 */
  event_time_millis: Int64Input;
  /** 来源 */
  source: string;
  /** 接收人用户ID */
  receiver: Int64Input;
  /** 消息事件 */
  action: string;
  /** 消息类型 */
  event_type: string;
  /** 消息参数 */
  json_data: string;
  /** 资源ID */
  resource_id?: string;
  /** 资源URL */
  resource_url?: string;
  /** 发送人 */
  sender: Int64Input;
}

/** `PojoResult` of `alibaba.iwork.mc.msg.senddefault`. */
export interface AlibabaIworkMcMsgSenddefaultPojoResult {
  /** content */
  content?: boolean;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  message_event: {
    msg_key: 'String',
    event_time_millis: 'Number',
    source: 'String',
    receiver: 'Number',
    action: 'String',
    event_type: 'String',
    json_data: 'String',
    resource_id: 'String',
    resource_url: 'String',
    sender: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.iwork.mc.msg.senddefault`: method, response root, request and response schemas. */
export const alibabaIworkMcMsgSenddefaultOperation = {
  method: 'alibaba.iwork.mc.msg.senddefault',
  responseRoot: 'alibaba_iwork_mc_msg_senddefault_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 给注册用户发送消息 — calls TOP method `alibaba.iwork.mc.msg.senddefault`.
 *
 * 给神鲸注册用户发送对应操作结果的消息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIworkMcMsgSenddefault(
  client: TopClient,
  request: AlibabaIworkMcMsgSenddefaultRequest,
  options?: CallOptions,
): Promise<AlibabaIworkMcMsgSenddefaultResponse> {
  return client.call<AlibabaIworkMcMsgSenddefaultResponse>(
    {
      method: 'alibaba.iwork.mc.msg.senddefault',
      responseRoot: 'alibaba_iwork_mc_msg_senddefault_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
