// Generated from specs/logistic/alibaba.alink.message.history.action.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alink.message.history.action` (操作历史消息). */
export interface AlibabaAlinkMessageHistoryActionRequest {
  /** 消息id */
  index?: string;
  /** 删除：delete,已读：read */
  action: string;
}

/** Response of `alibaba.alink.message.history.action`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlinkMessageHistoryActionResponse {
  /** 结果 */
  result?: AlibabaAlinkMessageHistoryActionTopServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceResult` of `alibaba.alink.message.history.action`. */
export interface AlibabaAlinkMessageHistoryActionTopServiceResult {
  /** 接口返回数据 */
  data?: string | Record<string, unknown>;
  /** code */
  code?: string;
  /** 是否成功 */
  success?: boolean;
  /** message */
  msg?: string;
  /** 详细描述 */
  description?: string;
}

const REQUEST_SCHEMA = {
  index: 'String',
  action: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Json',
    code: 'String',
    success: 'Boolean',
    msg: 'String',
    description: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alink.message.history.action`: method, response root, request and response schemas. */
export const alibabaAlinkMessageHistoryActionOperation = {
  method: 'alibaba.alink.message.history.action',
  responseRoot: 'alibaba_alink_message_history_action_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 操作历史消息 — calls TOP method `alibaba.alink.message.history.action`.
 *
 * 阿里智能操作历史消息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlinkMessageHistoryAction(
  client: TopClient,
  request: AlibabaAlinkMessageHistoryActionRequest,
  options?: CallOptions,
): Promise<AlibabaAlinkMessageHistoryActionResponse> {
  return client.call<AlibabaAlinkMessageHistoryActionResponse>(
    {
      method: 'alibaba.alink.message.history.action',
      responseRoot: 'alibaba_alink_message_history_action_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
