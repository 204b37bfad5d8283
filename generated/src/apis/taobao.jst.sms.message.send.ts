// Generated from specs/jst/taobao.jst.sms.message.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.sms.message.send` (聚石塔数据paas短信发送接口). */
export interface TaobaoJstSmsMessageSendRequest {
  /** 短信发送请求 */
  send_message_request?: TaobaoJstSmsMessageSendSendMessageRequestInput;
}

/** Response of `taobao.jst.sms.message.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstSmsMessageSendResponse {
  /** 参数错误 */
  request_code?: string;
  /** 请求成功 */
  request_success?: boolean;
  /** 1234 */
  request_id?: string;
  /** 空 */
  module?: string;
  /** 参数错误 */
  message?: string;
}

/** `SendMessageRequest` of `taobao.jst.sms.message.send`. */
export interface TaobaoJstSmsMessageSendSendMessageRequestInput {
  /** 拓展Name */
  extend_name?: string;
  /** 拓展Code */
  extend_code?: string;
  /** 短信签名 */
  sms_free_sign_name: string;
  /** 渠道类型 */
  channel_type?: string;
  /** 短信模版Code */
  template_code: string;
  /** 短信内容参数, $\{url}会被入参url的值替换掉 */
  params?: string | Record<string, unknown>;
  /** 商品H5详情页，如果不传则没有短信效果数据 */
  url?: string;
  /** 拓展信息 */
  extend?: string;
  /** 手机号码 */
  phone_number: string;
  /** 短信人群tag */
  tag?: string;
  /** 短信批次号 */
  batch_number?: string;
  /** 短信类型 */
  sms_type?: string;
  /** 标记字段 */
  tool_flag?: string;
}

const REQUEST_SCHEMA = {
  send_message_request: {
    extend_name: 'String',
    extend_code: 'String',
    sms_free_sign_name: 'String',
    channel_type: 'String',
    template_code: 'String',
    params: 'Json',
    url: 'String',
    extend: 'String',
    phone_number: 'String',
    tag: 'String',
    batch_number: 'String',
    sms_type: 'String',
    tool_flag: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  request_code: 'String',
  request_success: 'Boolean',
  request_id: 'String',
  module: 'String',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.sms.message.send`: method, response root, request and response schemas. */
export const taobaoJstSmsMessageSendOperation = {
  method: 'taobao.jst.sms.message.send',
  responseRoot: 'jst_sms_message_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚石塔数据paas短信发送接口 — calls TOP method `taobao.jst.sms.message.send`.
 *
 * 聚石塔短信PAAS场景中，ISV通过该API帮商家发送短信给用户。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstSmsMessageSend(
  client: TopClient,
  request: TaobaoJstSmsMessageSendRequest = {},
  options?: CallOptions,
): Promise<TaobaoJstSmsMessageSendResponse> {
  return client.call<TaobaoJstSmsMessageSendResponse>(
    {
      method: 'taobao.jst.sms.message.send',
      responseRoot: 'jst_sms_message_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
