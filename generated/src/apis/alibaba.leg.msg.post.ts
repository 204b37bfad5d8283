// Generated from specs/alimsg/alibaba.leg.msg.post.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.leg.msg.post` (集团法务消息发送). */
export interface AlibabaLegMsgPostRequest {
  /** 应用标识 */
  app_id: string;
  /** 认证的code */
  access_key: string;
  /** 消息定义code */
  message_definition_code: string;
  /** 接收人类型 */
  receiver_type: string;
  /** 接收人数组 */
  receivers: string;
  /** 发送的渠道类型数组 */
  message_body_list_str: string;
  /** 业务id */
  business_id?: string;
  /** 业务类型 */
  business_type?: string;
  /** 模版里定义的变量 */
  message_params?: string;
  /** 三方租户id */
  corp_id?: string;
  /** 发送时间 */
  send_time?: string;
  /** 扩展参数 */
  expand_params_map_str?: string;
}

/** Response of `alibaba.leg.msg.post`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegMsgPostResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaLegMsgPostServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.leg.msg.post`. */
export interface AlibabaLegMsgPostServiceResult {
  /** 内容 */
  content?: AlibabaLegMsgPostSendTemplateMsgResponse;
  /** 错误码 */
  error_code?: string;
  /** 错误码描述 */
  error_msg?: string;
  /** success */
  success?: boolean;
}

/** `SendTemplateMsgResponse` of `alibaba.leg.msg.post`. */
export interface AlibabaLegMsgPostSendTemplateMsgResponse {
  /** 32位的uuid,用来追踪一条消息 */
  message_trace_id?: string;
}

const REQUEST_SCHEMA = {
  app_id: 'String',
  access_key: 'String',
  message_definition_code: 'String',
  receiver_type: 'String',
  receivers: 'String',
  message_body_list_str: 'String',
  business_id: 'String',
  business_type: 'String',
  message_params: 'String',
  corp_id: 'String',
  send_time: 'String',
  expand_params_map_str: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      message_trace_id: 'String',
    },
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.leg.msg.post`: method, response root, request and response schemas. */
export const alibabaLegMsgPostOperation = {
  method: 'alibaba.leg.msg.post',
  responseRoot: 'alibaba_leg_msg_post_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 集团法务消息发送 — calls TOP method `alibaba.leg.msg.post`.
 *
 * 消息发送能力
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegMsgPost(
  client: TopClient,
  request: AlibabaLegMsgPostRequest,
  options?: CallOptions,
): Promise<AlibabaLegMsgPostResponse> {
  return client.call<AlibabaLegMsgPostResponse>(
    {
      method: 'alibaba.leg.msg.post',
      responseRoot: 'alibaba_leg_msg_post_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
