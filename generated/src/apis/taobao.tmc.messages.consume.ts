// Generated from specs/tmc/taobao.tmc.messages.consume.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tmc.messages.consume` (消费多条消息). */
export interface TaobaoTmcMessagesConsumeRequest {
  /** 用户分组名称，不传表示消费默认分组，如果应用没有设置用户分组，传入分组名称将会返回错误 */
  group_name?: string;
  /** 每次批量消费消息的条数，最小值：10；最大值：200 */
  quantity?: Int64Input;
}

/** Response of `taobao.tmc.messages.consume`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTmcMessagesConsumeResponse {
  /** 消息列表 */
  messages?: TaobaoTmcMessagesConsumeTmcMessage[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TmcMessage` of `taobao.tmc.messages.consume`. */
export interface TaobaoTmcMessagesConsumeTmcMessage {
  /** 消息所属的用户编号 */
  user_id?: Int64;
  /** 用户的昵称 */
  user_nick?: string;
  /** 消息详细内容，格式为JSON/XML */
  content?: string;
  /** 消息ID */
  id?: Int64;
  /** 消息发布时间 */
  pub_time?: string;
  /** 消息发布者的AppKey */
  pub_app_key?: string;
  /** 消息所属主题 */
  topic?: string;
}

const REQUEST_SCHEMA = {
  group_name: 'String',
  quantity: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  messages: [
    {
      user_id: 'Number',
      user_nick: 'String',
      content: 'String',
      id: 'Number',
      pub_time: 'Date',
      pub_app_key: 'String',
      topic: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.tmc.messages.consume`: method, response root, request and response schemas. */
export const taobaoTmcMessagesConsumeOperation = {
  method: 'taobao.tmc.messages.consume',
  responseRoot: 'tmc_messages_consume_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 消费多条消息 — calls TOP method `taobao.tmc.messages.consume`.
 *
 * 消费多条消息。消费时如果没有返回消息，建议做控制，不要一直调api，浪费应用的流量。如对程序做好优化，若没有消息则，sleep 100ms 等。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTmcMessagesConsume(
  client: TopClient,
  request: TaobaoTmcMessagesConsumeRequest = {},
  options?: CallOptions,
): Promise<TaobaoTmcMessagesConsumeResponse> {
  return client.call<TaobaoTmcMessagesConsumeResponse>(
    {
      method: 'taobao.tmc.messages.consume',
      responseRoot: 'tmc_messages_consume_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
