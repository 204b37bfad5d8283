// Generated from specs/user/taobao.miniapp.messsage.normal.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.messsage.normal.send` (轻店铺下行普通消息给用户). */
export interface TaobaoMiniappMesssageNormalSendRequest {
  /** 普通消息结构 */
  param?: TaobaoMiniappMesssageNormalSendDownNormalMessageDtoInput;
}

/** Response of `taobao.miniapp.messsage.normal.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappMesssageNormalSendResponse {
  /** 返回消息Id */
  model?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DownNormalMessageDto` of `taobao.miniapp.messsage.normal.send`. */
export interface TaobaoMiniappMesssageNormalSendDownNormalMessageDtoInput {
  /** 消息内容 */
  content?: string;
  /** 消息创建时间 */
  create_time?: Int64Input;
  /** 消息接受者openId */
  receiver_id?: string;
  /** 消息类型 */
  content_type?: string;
  /** 轻店铺appId */
  app_id: string;
}

const REQUEST_SCHEMA = {
  param: {
    content: 'String',
    create_time: 'Number',
    receiver_id: 'String',
    content_type: 'String',
    app_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.messsage.normal.send`: method, response root, request and response schemas. */
export const taobaoMiniappMesssageNormalSendOperation = {
  method: 'taobao.miniapp.messsage.normal.send',
  responseRoot: 'miniapp_messsage_normal_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 轻店铺下行普通消息给用户 — calls TOP method `taobao.miniapp.messsage.normal.send`.
 *
 * 小程序下行单个普通消息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappMesssageNormalSend(
  client: TopClient,
  request: TaobaoMiniappMesssageNormalSendRequest = {},
  options?: CallOptions,
): Promise<TaobaoMiniappMesssageNormalSendResponse> {
  return client.call<TaobaoMiniappMesssageNormalSendResponse>(
    {
      method: 'taobao.miniapp.messsage.normal.send',
      responseRoot: 'miniapp_messsage_normal_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
