// Generated from specs/user/taobao.messageaccount.messsage.reply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.messageaccount.messsage.reply` (消息号下行回复接口). */
export interface TaobaoMessageaccountMesssageReplyRequest {
  /** 入参 */
  param0: TaobaoMessageaccountMesssageReplyReplyMessageDtoInput;
}

/** Response of `taobao.messageaccount.messsage.reply`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMessageaccountMesssageReplyResponse {
  /** result */
  result?: TaobaoMessageaccountMesssageReplyResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReplyMessageDto` of `taobao.messageaccount.messsage.reply`. */
export interface TaobaoMessageaccountMesssageReplyReplyMessageDtoInput {
  /** 毫秒时间戳 */
  create_time: Int64Input;
  /** text or mix */
  content_type: string;
  /** 来源消息 id */
  original_message_id: string;
  /** 被回复消息发送者 */
  receiver_id: string;
  /** 消息内容结构 */
  content: string;
}

/** `Result` of `taobao.messageaccount.messsage.reply`. */
export interface TaobaoMessageaccountMesssageReplyResult {
  /** model */
  model?: string;
  /** errMessage */
  err_message?: string;
  /** errCode */
  err_code?: string;
  /** success */
  result?: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
    create_time: 'Number',
    content_type: 'String',
    original_message_id: 'String',
    receiver_id: 'String',
    content: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    err_message: 'String',
    err_code: 'String',
    result: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.messageaccount.messsage.reply`: method, response root, request and response schemas. */
export const taobaoMessageaccountMesssageReplyOperation = {
  method: 'taobao.messageaccount.messsage.reply',
  responseRoot: 'messageaccount_messsage_reply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 消息号下行回复接口 — calls TOP method `taobao.messageaccount.messsage.reply`.
 *
 * 外部 isv 调用该进口来进行消息号消息的回复
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMessageaccountMesssageReply(
  client: TopClient,
  request: TaobaoMessageaccountMesssageReplyRequest,
  options?: CallOptions,
): Promise<TaobaoMessageaccountMesssageReplyResponse> {
  return client.call<TaobaoMessageaccountMesssageReplyResponse>(
    {
      method: 'taobao.messageaccount.messsage.reply',
      responseRoot: 'messageaccount_messsage_reply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
