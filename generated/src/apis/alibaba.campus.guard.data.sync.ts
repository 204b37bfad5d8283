// Generated from specs/campus/alibaba.campus.guard.data.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.guard.data.sync` (卡巴数据同步). */
export interface AlibabaCampusGuardDataSyncRequest {
  /** 1-刷卡流水 */
  data_type?: string;
  /** 供应商名称 */
  supplier_name?: string;
  /** json串 */
  data?: string;
}

/** Response of `alibaba.campus.guard.data.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusGuardDataSyncResponse {
  /** result */
  result?: AlibabaCampusGuardDataSyncPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PojoResult` of `alibaba.campus.guard.data.sync`. */
export interface AlibabaCampusGuardDataSyncPojoResult {
  /** content */
  content?: string;
  /** requestId */
  request_id?: string;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
  /** errorExtInfo */
  error_ext_info?: string;
  /** errorLevel */
  error_level?: string;
}

const REQUEST_SCHEMA = {
  data_type: 'String',
  supplier_name: 'String',
  data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: 'String',
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_ext_info: 'String',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.guard.data.sync`: method, response root, request and response schemas. */
export const alibabaCampusGuardDataSyncOperation = {
  method: 'alibaba.campus.guard.data.sync',
  responseRoot: 'alibaba_campus_guard_data_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卡巴数据同步 — calls TOP method `alibaba.campus.guard.data.sync`.
 *
 * 数据同步门禁系统
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusGuardDataSync(
  client: TopClient,
  request: AlibabaCampusGuardDataSyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusGuardDataSyncResponse> {
  return client.call<AlibabaCampusGuardDataSyncResponse>(
    {
      method: 'alibaba.campus.guard.data.sync',
      responseRoot: 'alibaba_campus_guard_data_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
