// Generated from specs/openim/taobao.openim.tribelogs.import.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.tribelogs.import` (openim群聊天记录导入). */
export interface TaobaoOpenimTribelogsImportRequest {
  /** 群号。必须为已存在的群，且群主属于本app */
  tribe_id: Int64Input;
  /**
   * 消息列表
   *
   * Max list size: 20
   */
  messages: TaobaoOpenimTribelogsImportTribeTextMessageInput[];
}

/** Response of `taobao.openim.tribelogs.import`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimTribelogsImportResponse {
  /** 错误码 */
  ret?: Int64;
  /** 错误信息 */
  message?: string;
  /** 是否成功 */
  succ?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TribeTextMessage` of `taobao.openim.tribelogs.import`. */
export interface TaobaoOpenimTribelogsImportTribeTextMessageInput {
  /** 发送方userid。必须为本app已导入的账号 */
  from_id: string;
  /** 消息 */
  message: string;
  /** 消息时间。UTC时间，精确到秒。时间范围必须在当前时间30天内 */
  time: Int64Input;
}

const REQUEST_SCHEMA = {
  tribe_id: 'Number',
  messages: [
    {
      from_id: 'String',
      message: 'String',
      time: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret: 'Number',
  message: 'String',
  succ: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openim.tribelogs.import`: method, response root, request and response schemas. */
export const taobaoOpenimTribelogsImportOperation = {
  method: 'taobao.openim.tribelogs.import',
  responseRoot: 'openim_tribelogs_import_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * openim群聊天记录导入 — calls TOP method `taobao.openim.tribelogs.import`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimTribelogsImport(
  client: TopClient,
  request: TaobaoOpenimTribelogsImportRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimTribelogsImportResponse> {
  return client.call<TaobaoOpenimTribelogsImportResponse>(
    {
      method: 'taobao.openim.tribelogs.import',
      responseRoot: 'openim_tribelogs_import_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
