// Generated from specs/jst/taobao.jst.sms.oaid.message.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.sms.oaid.message.send` (基于OAID的短信发送接口). */
export interface TaobaoJstSmsOaidMessageSendRequest {
  /** 单个OAID发送短信的入参 */
  param_send_message_by_o_a_i_d_request: TaobaoJstSmsOaidMessageSendSendMessageByOaidRequestInput;
}

/** Response of `taobao.jst.sms.oaid.message.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstSmsOaidMessageSendResponse {
  /** 短信拓展码 */
  module?: string;
  /** top请求id */
  req_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SendMessageByOaidRequest` of `taobao.jst.sms.oaid.message.send`. */
export interface TaobaoJstSmsOaidMessageSendSendMessageByOaidRequestInput {
  /** 拓展Name */
  extend_name?: string;
  /** 订单号 */
  order_id: string;
  /** 拓展Code */
  extend_code?: string;
  /** 短信签名 */
  sms_free_sign_name: string;
  /** 短信模板 */
  template_code: string;
  /** 短信占位符，替换短信模板里的占位符 */
  params?: string | Record<string, unknown>;
  /** 拓展信息 */
  extend?: string;
  /** OAID */
  oaid: string;
  /** 是否需要返回附加信息 */
  additional_info?: boolean;
}

const REQUEST_SCHEMA = {
  param_send_message_by_o_a_i_d_request: {
    extend_name: 'String',
    order_id: 'String',
    extend_code: 'String',
    sms_free_sign_name: 'String',
    template_code: 'String',
    params: 'Json',
    extend: 'String',
    oaid: 'String',
    additional_info: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  module: 'String',
  req_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.sms.oaid.message.send`: method, response root, request and response schemas. */
export const taobaoJstSmsOaidMessageSendOperation = {
  method: 'taobao.jst.sms.oaid.message.send',
  responseRoot: 'jst_sms_oaid_message_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 基于OAID的短信发送接口 — calls TOP method `taobao.jst.sms.oaid.message.send`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstSmsOaidMessageSend(
  client: TopClient,
  request: TaobaoJstSmsOaidMessageSendRequest,
  options?: CallOptions,
): Promise<TaobaoJstSmsOaidMessageSendResponse> {
  return client.call<TaobaoJstSmsOaidMessageSendResponse>(
    {
      method: 'taobao.jst.sms.oaid.message.send',
      responseRoot: 'jst_sms_oaid_message_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
