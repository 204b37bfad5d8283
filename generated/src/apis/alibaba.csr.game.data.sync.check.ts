// Generated from specs/charity/alibaba.csr.game.data.sync.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.csr.game.data.sync.check` (公益互动 外部游戏数据同步-校验). */
export interface AlibabaCsrGameDataSyncCheckRequest {
  /** 请求 */
  snake_data_check_request: AlibabaCsrGameDataSyncCheckSnakeDataCheckRequestInput;
}

/** Response of `alibaba.csr.game.data.sync.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCsrGameDataSyncCheckResponse {
  /** 结果信息 */
  message?: string;
  /** 结果码 */
  result_code?: Int64;
  /** 是否成功 */
  result_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SnakeDataCheckRequest` of `alibaba.csr.game.data.sync.check`. */
export interface AlibabaCsrGameDataSyncCheckSnakeDataCheckRequestInput {
  /** 数据行为类型 */
  action: string;
  /** 开始时间-时间戳 */
  start_time: Int64Input;
  /** 结束时间 */
  end_time: Int64Input;
  /** 数据总数 */
  data_count: Int64Input;
}

const REQUEST_SCHEMA = {
  snake_data_check_request: {
    action: 'String',
    start_time: 'Number',
    end_time: 'Number',
    data_count: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  result_code: 'Number',
  result_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.csr.game.data.sync.check`: method, response root, request and response schemas. */
export const alibabaCsrGameDataSyncCheckOperation = {
  method: 'alibaba.csr.game.data.sync.check',
  responseRoot: 'alibaba_csr_game_data_sync_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 公益互动 外部游戏数据同步-校验 — calls TOP method `alibaba.csr.game.data.sync.check`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCsrGameDataSyncCheck(
  client: TopClient,
  request: AlibabaCsrGameDataSyncCheckRequest,
  options?: CallOptions,
): Promise<AlibabaCsrGameDataSyncCheckResponse> {
  return client.call<AlibabaCsrGameDataSyncCheckResponse>(
    {
      method: 'alibaba.csr.game.data.sync.check',
      responseRoot: 'alibaba_csr_game_data_sync_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
