// Generated from specs/user/taobao.messageaccount.messsage.normal.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.messageaccount.messsage.normal.send` (下行普通消息). */
export interface TaobaoMessageaccountMesssageNormalSendRequest {
  /** 下行普通消息 */
  param?: TaobaoMessageaccountMesssageNormalSendNormalMessageDtoInput;
}

/** Response of `taobao.messageaccount.messsage.normal.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMessageaccountMesssageNormalSendResponse {
  /** model */
  model?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NormalMessageDto` of `taobao.messageaccount.messsage.normal.send`. */
export interface TaobaoMessageaccountMesssageNormalSendNormalMessageDtoInput {
  /** 内容 */
  content?: string;
  /** 时间戳 */
  create_time?: Int64Input;
  /** 接收者ID */
  receiver_id?: string;
  /** 类型 */
  content_type?: string;
}

const REQUEST_SCHEMA = {
  param: {
    content: 'String',
    create_time: 'Number',
    receiver_id: 'String',
    content_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.messageaccount.messsage.normal.send`: method, response root, request and response schemas. */
export const taobaoMessageaccountMesssageNormalSendOperation = {
  method: 'taobao.messageaccount.messsage.normal.send',
  responseRoot: 'messageaccount_messsage_normal_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 下行普通消息 — calls TOP method `taobao.messageaccount.messsage.normal.send`.
 *
 * 消息号下行单个普通消息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMessageaccountMesssageNormalSend(
  client: TopClient,
  request: TaobaoMessageaccountMesssageNormalSendRequest = {},
  options?: CallOptions,
): Promise<TaobaoMessageaccountMesssageNormalSendResponse> {
  return client.call<TaobaoMessageaccountMesssageNormalSendResponse>(
    {
      method: 'taobao.messageaccount.messsage.normal.send',
      responseRoot: 'messageaccount_messsage_normal_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
