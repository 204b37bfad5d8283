// Generated from specs/tmc/taobao.tmc.messages.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tmc.messages.confirm` (确认消费消息的状态). */
export interface TaobaoTmcMessagesConfirmRequest {
  /** 分组名称，不传代表默认分组 */
  group_name?: string;
  /**
   * 处理成功的消息ID列表 最大 200个ID
   *
   * Max list size: 200
   */
  s_message_ids: string[];
  /**
   * 处理失败的消息ID列表--已废弃，无需传此字段
   *
   * Max list size: 200
   */
  f_message_ids?: string[];
}

/** Response of `taobao.tmc.messages.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTmcMessagesConfirmResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  group_name: 'String',
  s_message_ids: ['String'],
  f_message_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tmc.messages.confirm`: method, response root, request and response schemas. */
export const taobaoTmcMessagesConfirmOperation = {
  method: 'taobao.tmc.messages.confirm',
  responseRoot: 'tmc_messages_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 确认消费消息的状态 — calls TOP method `taobao.tmc.messages.confirm`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTmcMessagesConfirm(
  client: TopClient,
  request: TaobaoTmcMessagesConfirmRequest,
  options?: CallOptions,
): Promise<TaobaoTmcMessagesConfirmResponse> {
  return client.call<TaobaoTmcMessagesConfirmResponse>(
    {
      method: 'taobao.tmc.messages.confirm',
      responseRoot: 'tmc_messages_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
