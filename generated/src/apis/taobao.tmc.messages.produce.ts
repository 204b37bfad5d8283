// Generated from specs/tmc/taobao.tmc.messages.produce.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tmc.messages.produce` (批量发送消息). */
export interface TaobaoTmcMessagesProduceRequest {
  /**
   * tmc消息列表, 最多50条，元素结构与taobao.tmc.message.produce一致，用json表示的消息列表。例如：[{"content": "{\"tid\":1234554321,\"status\":\"X_LOGISTICS_PRINTED\",\"action_time\":\"2014-08-08 18:24:00\",\"seller_nick\": \"向阳aa\",\"operator\":\"小张\"}","topic": "taobao_jds_TradeTrace"},{"content": "{\"tid\":1234554321,\"status\":\"X_LOGISTICS_PRINTED\",\"action_time\":\"2014-08-08 18:24:00\",\"seller_nick\": \"向阳aa\",\"operator\":\"小张\"}","topic": "taobao_jds_TradeTrace"}]
   *
   * Max list size: 50
   */
  messages: TaobaoTmcMessagesProduceTmcPublishMessageInput[];
}

/** Response of `taobao.tmc.messages.produce`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTmcMessagesProduceResponse {
  /** 是否全部成功 */
  is_all_success?: boolean;
  /** 发送结果，与发送时的参数顺序一致。如果is_all_success为true时，不用校验result是否成功 */
  results?: TaobaoTmcMessagesProduceTmcProduceResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TmcPublishMessage` of `taobao.tmc.messages.produce`. */
export interface TaobaoTmcMessagesProduceTmcPublishMessageInput {
  /** 消息内容的JSON表述，必须按照topic的定义来填充 */
  content: string;
  /** 目标分组 */
  target_group?: string;
  /** 消息类型 */
  topic: string;
}

/** `TmcProduceResult` of `taobao.tmc.messages.produce`. */
export interface TaobaoTmcMessagesProduceTmcProduceResult {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
  /** 是否成功 */
  is_success?: boolean;
}

const REQUEST_SCHEMA = {
  messages: [
    {
      content: 'String',
      target_group: 'String',
      topic: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_all_success: 'Boolean',
  results: [
    {
      error_code: 'String',
      error_message: 'String',
      is_success: 'Boolean',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.tmc.messages.produce`: method, response root, request and response schemas. */
export const taobaoTmcMessagesProduceOperation = {
  method: 'taobao.tmc.messages.produce',
  responseRoot: 'tmc_messages_produce_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量发送消息 — calls TOP method `taobao.tmc.messages.produce`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTmcMessagesProduce(
  client: TopClient,
  request: TaobaoTmcMessagesProduceRequest,
  options?: CallOptions,
): Promise<TaobaoTmcMessagesProduceResponse> {
  return client.call<TaobaoTmcMessagesProduceResponse>(
    {
      method: 'taobao.tmc.messages.produce',
      responseRoot: 'tmc_messages_produce_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
