// Generated from specs/campus/alibaba.iwork.mc.msg.sendmobile.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.iwork.mc.msg.sendmobile` (发送消息给手机用户). */
export interface AlibabaIworkMcMsgSendmobileRequest {
  /** 消息对象 */
  mobile_receiver_message_event: AlibabaIworkMcMsgSendmobileMobileReceiverMessageEventInput;
}

/** Response of `alibaba.iwork.mc.msg.sendmobile`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIworkMcMsgSendmobileResponse {
  /** result */
  result?: AlibabaIworkMcMsgSendmobilePojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MobileReceiverMessageEvent` of `alibaba.iwork.mc.msg.sendmobile`. */
export interface AlibabaIworkMcMsgSendmobileMobileReceiverMessageEventInput {
  /** 消息key */
  msg_key: string;
  /** 时间戳 */
  event_time_millis: Int64Input;
  /** 来源 */
  source: string;
  /** 消息事件 */
  action: string;
  /** 接收人手机号 */
  mobile_receiver: string;
  /** 消息类型 */
  event_type: string;
  /** 消息内容 */
  json_data: string;
  /** 资源ID */
  resource_id?: string;
  /** 资源URL */
  resource_url?: string;
  /** 发送者 */
  sender: Int64Input;
}

/** `PojoResult` of `alibaba.iwork.mc.msg.sendmobile`. */
export interface AlibabaIworkMcMsgSendmobilePojoResult {
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
  mobile_receiver_message_event: {
    msg_key: 'String',
    event_time_millis: 'Number',
    source: 'String',
    action: 'String',
    mobile_receiver: 'String',
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

/** Static description of `alibaba.iwork.mc.msg.sendmobile`: method, response root, request and response schemas. */
export const alibabaIworkMcMsgSendmobileOperation = {
  method: 'alibaba.iwork.mc.msg.sendmobile',
  responseRoot: 'alibaba_iwork_mc_msg_sendmobile_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发送消息给手机用户 — calls TOP method `alibaba.iwork.mc.msg.sendmobile`.
 *
 * 给手机用户发送对应操作结果的消息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIworkMcMsgSendmobile(
  client: TopClient,
  request: AlibabaIworkMcMsgSendmobileRequest,
  options?: CallOptions,
): Promise<AlibabaIworkMcMsgSendmobileResponse> {
  return client.call<AlibabaIworkMcMsgSendmobileResponse>(
    {
      method: 'alibaba.iwork.mc.msg.sendmobile',
      responseRoot: 'alibaba_iwork_mc_msg_sendmobile_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
