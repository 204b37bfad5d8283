// Generated from specs/openim/taobao.openim.chatlogs.import.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.chatlogs.import` (openim单聊消息导入). */
export interface TaobaoOpenimChatlogsImportRequest {
  /**
   * 消息序列
   *
   * Max list size: 20
   */
  messages: TaobaoOpenimChatlogsImportTextMessageInput[];
}

/** Response of `taobao.openim.chatlogs.import`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimChatlogsImportResponse {
  /** 错误码 */
  ret?: Int64;
  /** 错误信息 */
  message?: string;
  /** 是否成功 */
  succ?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TextMessage` of `taobao.openim.chatlogs.import`. */
export interface TaobaoOpenimChatlogsImportTextMessageInput {
  /** 发送方userid */
  from_id: string;
  /** 消息 */
  message: string;
  /** 消息时间。UTC时间，精确到秒。必须在一个月内 */
  time: Int64Input;
  /** 接受方userid */
  to_id: string;
}

const REQUEST_SCHEMA = {
  messages: [
    {
      from_id: 'String',
      message: 'String',
      time: 'Number',
      to_id: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret: 'Number',
  message: 'String',
  succ: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openim.chatlogs.import`: method, response root, request and response schemas. */
export const taobaoOpenimChatlogsImportOperation = {
  method: 'taobao.openim.chatlogs.import',
  responseRoot: 'openim_chatlogs_import_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * openim单聊消息导入 — calls TOP method `taobao.openim.chatlogs.import`.
 *
 * 提供openim账号的聊天消息导入功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimChatlogsImport(
  client: TopClient,
  request: TaobaoOpenimChatlogsImportRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimChatlogsImportResponse> {
  return client.call<TaobaoOpenimChatlogsImportResponse>(
    {
      method: 'taobao.openim.chatlogs.import',
      responseRoot: 'openim_chatlogs_import_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
