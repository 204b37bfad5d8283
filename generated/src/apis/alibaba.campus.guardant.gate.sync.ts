// Generated from specs/campus/alibaba.campus.guardant.gate.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.guardant.gate.sync` (网点数据同步). */
export interface AlibabaCampusGuardantGateSyncRequest {
  /** md5 */
  token: string;
  /** data */
  data: string;
}

/** Response of `alibaba.campus.guardant.gate.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusGuardantGateSyncResponse {
  /** result */
  result?: AlibabaCampusGuardantGateSyncPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PojoResult` of `alibaba.campus.guardant.gate.sync`. */
export interface AlibabaCampusGuardantGateSyncPojoResult {
  /** success */
  success?: boolean;
  /** request_id */
  request_id?: string;
  /** error_code */
  error_code?: string;
  /** content */
  content?: boolean;
  /** error_msg */
  error_msg?: string;
  /** error_level */
  error_level?: string;
}

const REQUEST_SCHEMA = {
  token: 'String',
  data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    request_id: 'String',
    error_code: 'String',
    content: 'Boolean',
    error_msg: 'String',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.guardant.gate.sync`: method, response root, request and response schemas. */
export const alibabaCampusGuardantGateSyncOperation = {
  method: 'alibaba.campus.guardant.gate.sync',
  responseRoot: 'alibaba_campus_guardant_gate_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 网点数据同步 — calls TOP method `alibaba.campus.guardant.gate.sync`.
 *
 * 门禁供应商创建网点同步
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusGuardantGateSync(
  client: TopClient,
  request: AlibabaCampusGuardantGateSyncRequest,
  options?: CallOptions,
): Promise<AlibabaCampusGuardantGateSyncResponse> {
  return client.call<AlibabaCampusGuardantGateSyncResponse>(
    {
      method: 'alibaba.campus.guardant.gate.sync',
      responseRoot: 'alibaba_campus_guardant_gate_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
