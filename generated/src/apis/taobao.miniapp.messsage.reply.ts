// Generated from specs/user/taobao.miniapp.messsage.reply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.messsage.reply` (轻店铺下行回复接口). */
export interface TaobaoMiniappMesssageReplyRequest {
  /** 入参 */
  param?: TaobaoMiniappMesssageReplyReplyMessageDtoInput;
}

/** Response of `taobao.miniapp.messsage.reply`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappMesssageReplyResponse {
  /** result */
  result?: TaobaoMiniappMesssageReplyResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReplyMessageDto` of `taobao.miniapp.messsage.reply`. */
export interface TaobaoMiniappMesssageReplyReplyMessageDtoInput {
  /** 消息内容结构 */
  content?: string;
  /** 毫秒时间戳 */
  create_time?: Int64Input;
  /** 业务消息标记（接受回执消息） */
  biz_message_tag?: string;
  /** 被回复消息发送者 */
  receiver_id: string;
  /** 文本类型（参考文档） */
  content_type: string;
  /** 小程序Id */
  app_id: string;
}

/** `Result` of `taobao.miniapp.messsage.reply`. */
export interface TaobaoMiniappMesssageReplyResult {
  /** model */
  model?: string;
  /** errMessage */
  err_message?: string;
  /** errCode */
  err_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param: {
    content: 'String',
    create_time: 'Number',
    biz_message_tag: 'String',
    receiver_id: 'String',
    content_type: 'String',
    app_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    err_message: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.messsage.reply`: method, response root, request and response schemas. */
export const taobaoMiniappMesssageReplyOperation = {
  method: 'taobao.miniapp.messsage.reply',
  responseRoot: 'miniapp_messsage_reply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 轻店铺下行回复接口 — calls TOP method `taobao.miniapp.messsage.reply`.
 *
 * 外部 isv 调用该进口来进行轻店铺消息的回复
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappMesssageReply(
  client: TopClient,
  request: TaobaoMiniappMesssageReplyRequest = {},
  options?: CallOptions,
): Promise<TaobaoMiniappMesssageReplyResponse> {
  return client.call<TaobaoMiniappMesssageReplyResponse>(
    {
      method: 'taobao.miniapp.messsage.reply',
      responseRoot: 'miniapp_messsage_reply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
