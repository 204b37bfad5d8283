// Generated from specs/jst/taobao.jst.miniapp.openid.message.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.miniapp.openid.message.send` (单个openId用户短信发送). */
export interface TaobaoJstMiniappOpenidMessageSendRequest {
  /** 短信签名 */
  sign_name: string;
  /** 用户openId */
  open_id: string;
  /** 短信模板 */
  template_code: string;
  /** 短信内容 */
  content: string;
  /** 短链，替换短信内容中的$\{url} */
  url?: string;
  /** 商家的APPKEY，如果openId是用商家的appKey生成的则需要传递 */
  seller_app_key?: string;
  /** 活动或人群code */
  crowd_code: string;
  /** 短信拓展码 */
  extend_num?: string;
}

/** Response of `taobao.jst.miniapp.openid.message.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstMiniappOpenidMessageSendResponse {
  /** 短信回执码 */
  result?: string;
  /** 请求code */
  r_code?: Int64;
  /** 请求失败错误信息 */
  r_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  sign_name: 'String',
  open_id: 'String',
  template_code: 'String',
  content: 'String',
  url: 'String',
  seller_app_key: 'String',
  crowd_code: 'String',
  extend_num: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
  r_code: 'Number',
  r_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.miniapp.openid.message.send`: method, response root, request and response schemas. */
export const taobaoJstMiniappOpenidMessageSendOperation = {
  method: 'taobao.jst.miniapp.openid.message.send',
  responseRoot: 'jst_miniapp_openid_message_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单个openId用户短信发送 — calls TOP method `taobao.jst.miniapp.openid.message.send`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstMiniappOpenidMessageSend(
  client: TopClient,
  request: TaobaoJstMiniappOpenidMessageSendRequest,
  options?: CallOptions,
): Promise<TaobaoJstMiniappOpenidMessageSendResponse> {
  return client.call<TaobaoJstMiniappOpenidMessageSendResponse>(
    {
      method: 'taobao.jst.miniapp.openid.message.send',
      responseRoot: 'jst_miniapp_openid_message_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
