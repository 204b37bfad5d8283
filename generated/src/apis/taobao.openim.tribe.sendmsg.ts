// Generated from specs/openim/taobao.openim.tribe.sendmsg.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.tribe.sendmsg` (发送群消息). */
export interface TaobaoOpenimTribeSendmsgRequest {
  /** 群消息发送者，只有该群的成员才可以发送群消息 */
  user: TaobaoOpenimTribeSendmsgUserInput;
  /** 群id */
  tribe_id: Int64Input;
  /** 发送群消息 */
  msg: TaobaoOpenimTribeSendmsgTribeMsgInput;
}

/** Response of `taobao.openim.tribe.sendmsg`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimTribeSendmsgResponse {
  /** 错误码 */
  tribe_code?: Int64;
  /** 错误信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `User` of `taobao.openim.tribe.sendmsg`. */
export interface TaobaoOpenimTribeSendmsgUserInput {
  /** 用户所属appkey */
  appkey?: string;
  /** 是否是淘宝账号 */
  taobao_account?: boolean;
  /** 用户id */
  uid: string;
}

/** `TribeMsg` of `taobao.openim.tribe.sendmsg`. */
export interface TaobaoOpenimTribeSendmsgTribeMsgInput {
  /** 是否是at消息， 0表示不是at消息，1表示at指定的用户，2表示at群里所有人 */
  at_flag: Int64Input;
  /** 当at_flag=1时，必须指定at的用户 */
  atmembers?: TaobaoOpenimTribeSendmsgUserInput2[];
  /** 自定义push提醒参数，格式为json字符串，该参数为空时，采用系统默认的push；设置该参数时，json字符串必选包含至少包含指定的三个key，"d", "sound", "title" */
  custom_push?: string;
  /** 格式为json字符串， 当消息类型为图片或语音时该参数为必选项，用于描述图片，语音的属性； 该参数json格式必须符合msg_type的要求；当消息类型为图片时，格式必须符合如下样例 ： {“height”：10, "width":10, "type":"jpg"}，当前支持3三种图片类型，gif, jpg,jpeg； 当消息类型为语音时，必须符合如下样例：{“playtime”:10,”type”:”amr”}，语音的type只支持arm */
  media_attrs?: string;
  /** 文本消息最大长度是4K，图片最大为500K。消息内容格式根据type确定。当type为文本时，内容为文本字符串；当类型为图片或语音时，内容为图片和语音的二进制base64编码生成的字符串；当类型为自定义消息时，内容必须为就送字符串格式，该字符串必须包含header字符，即{"header":{"summary":},...} */
  msg_content: string;
  /** 消息类型，目前支持四中类型的消息； msg_type=0 表示普通文本消息； msg_type=2 表示语音消息； msg_type = 16表示图片消息； msg_type=17表示用户自定义消息 */
  msg_type: Int64Input;
  /** 该消息是否需要push */
  push?: boolean;
}

/** `User` of `taobao.openim.tribe.sendmsg`. */
export interface TaobaoOpenimTribeSendmsgUserInput2 {
  /** 用户所属appkey */
  appkey?: string;
  /** 是否是淘宝账号 */
  taobao_account?: boolean;
  /** 用户id */
  uid?: string;
}

const REQUEST_SCHEMA = {
  user: {
    appkey: 'String',
    taobao_account: 'Boolean',
    uid: 'String',
  },
  tribe_id: 'Number',
  msg: {
    at_flag: 'Number',
    atmembers: [
      {
        appkey: 'String',
        taobao_account: 'Boolean',
        uid: 'String',
      },
    ],
    custom_push: 'String',
    media_attrs: 'String',
    msg_content: 'String',
    msg_type: 'Number',
    push: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tribe_code: 'Number',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openim.tribe.sendmsg`: method, response root, request and response schemas. */
export const taobaoOpenimTribeSendmsgOperation = {
  method: 'taobao.openim.tribe.sendmsg',
  responseRoot: 'openim_tribe_sendmsg_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发送群消息 — calls TOP method `taobao.openim.tribe.sendmsg`.
 *
 * 发送群消息，目前支持发送4种类型的群消息，普通文本，图片，语音，自定义消息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimTribeSendmsg(
  client: TopClient,
  request: TaobaoOpenimTribeSendmsgRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimTribeSendmsgResponse> {
  return client.call<TaobaoOpenimTribeSendmsgResponse>(
    {
      method: 'taobao.openim.tribe.sendmsg',
      responseRoot: 'openim_tribe_sendmsg_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
