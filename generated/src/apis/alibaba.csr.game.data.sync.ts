// Generated from specs/charity/alibaba.csr.game.data.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.csr.game.data.sync` (公益互动 外部游戏数据同步). */
export interface AlibabaCsrGameDataSyncRequest {
  /** 请求 */
  snake_data_sync_request: AlibabaCsrGameDataSyncSnakeDataSyncRequestInput;
}

/** Response of `alibaba.csr.game.data.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCsrGameDataSyncResponse {
  /** 错误内容 */
  message?: string;
  /** 结果码 */
  result_code?: Int64;
  /** 是否成功 */
  result_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SnakeDataSyncRequest` of `alibaba.csr.game.data.sync`. */
export interface AlibabaCsrGameDataSyncSnakeDataSyncRequestInput {
  /** 请求Id 用于排查问题 */
  event_id: string;
  /** 数据 */
  data_list: string[];
  /** 数据类型 */
  action: string;
}

const REQUEST_SCHEMA = {
  snake_data_sync_request: {
    event_id: 'String',
    data_list: ['String'],
    action: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  result_code: 'Number',
  result_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.csr.game.data.sync`: method, response root, request and response schemas. */
export const alibabaCsrGameDataSyncOperation = {
  method: 'alibaba.csr.game.data.sync',
  responseRoot: 'alibaba_csr_game_data_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 公益互动 外部游戏数据同步 — calls TOP method `alibaba.csr.game.data.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCsrGameDataSync(
  client: TopClient,
  request: AlibabaCsrGameDataSyncRequest,
  options?: CallOptions,
): Promise<AlibabaCsrGameDataSyncResponse> {
  return client.call<AlibabaCsrGameDataSyncResponse>(
    {
      method: 'alibaba.csr.game.data.sync',
      responseRoot: 'alibaba_csr_game_data_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
