// Generated from specs/fans/tmall.fans.arena.record.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.fans.arena.record` (记录完成擂台的用户). */
export interface TmallFansArenaRecordRequest {
  /** 资金池id */
  cash_pool_id?: Int64Input;
  /** 用户得分 */
  score?: Int64Input;
  /** mixnick */
  mix_nick?: string;
}

/** Response of `tmall.fans.arena.record`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallFansArenaRecordResponse {
  /** 返回对象 */
  fans_result?: TmallFansArenaRecordFansResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FansResult` of `tmall.fans.arena.record`. */
export interface TmallFansArenaRecordFansResult {
  /** 记录结果是否成功 */
  data_list?: boolean[];
  /** 返回总数 */
  total_num?: Int64;
  /** 调用是否成功 */
  success?: boolean;
  /** 错误message */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  cash_pool_id: 'Number',
  score: 'Number',
  mix_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  fans_result: {
    data_list: ['Boolean'],
    total_num: 'Number',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.fans.arena.record`: method, response root, request and response schemas. */
export const tmallFansArenaRecordOperation = {
  method: 'tmall.fans.arena.record',
  responseRoot: 'tmall_fans_arena_record_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 记录完成擂台的用户 — calls TOP method `tmall.fans.arena.record`.
 *
 * 记录完成擂台的用户和完成分数
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallFansArenaRecord(
  client: TopClient,
  request: TmallFansArenaRecordRequest = {},
  options?: CallOptions,
): Promise<TmallFansArenaRecordResponse> {
  return client.call<TmallFansArenaRecordResponse>(
    {
      method: 'tmall.fans.arena.record',
      responseRoot: 'tmall_fans_arena_record_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
