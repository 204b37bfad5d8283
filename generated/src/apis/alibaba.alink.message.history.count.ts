// Generated from specs/alink/alibaba.alink.message.history.count.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alink.message.history.count` (查询消息总数). */
export interface AlibabaAlinkMessageHistoryCountRequest {
  /** 设备id */
  uuid?: string;
  /** 消息类型 1:通知, 2:报警, 3:运营，5:语音控制机器人响应，6:语音控 */
  type?: string;
  /** 消息状态，0：未读；1：已读 */
  status?: string;
  /** 消息级别 1：普通；2：重要消息 */
  level?: string;
  /** 查询多少条数据 */
  limit: string;
  /** 偏移量 */
  offset: string;
}

/** Response of `alibaba.alink.message.history.count`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlinkMessageHistoryCountResponse {
  /** 结果 */
  result?: AlibabaAlinkMessageHistoryCountTopServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceResult` of `alibaba.alink.message.history.count`. */
export interface AlibabaAlinkMessageHistoryCountTopServiceResult {
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
  uuid: 'String',
  type: 'String',
  status: 'String',
  level: 'String',
  limit: 'String',
  offset: 'String',
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

/** Static description of `alibaba.alink.message.history.count`: method, response root, request and response schemas. */
export const alibabaAlinkMessageHistoryCountOperation = {
  method: 'alibaba.alink.message.history.count',
  responseRoot: 'alibaba_alink_message_history_count_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询消息总数 — calls TOP method `alibaba.alink.message.history.count`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlinkMessageHistoryCount(
  client: TopClient,
  request: AlibabaAlinkMessageHistoryCountRequest,
  options?: CallOptions,
): Promise<AlibabaAlinkMessageHistoryCountResponse> {
  return client.call<AlibabaAlinkMessageHistoryCountResponse>(
    {
      method: 'alibaba.alink.message.history.count',
      responseRoot: 'alibaba_alink_message_history_count_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
