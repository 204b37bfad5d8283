// Generated from specs/tvupadmin/yunos.pubadmin.common.operation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.pubadmin.common.operation` (内部迎客松通用服务). */
export interface YunosPubadminCommonOperationRequest {
  /** 接口名 */
  interface_name: string;
  /** 方法名 */
  method_name: string;
  /** 入参json串 */
  parameter: string;
}

/** Response of `yunos.pubadmin.common.operation`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosPubadminCommonOperationResponse {
  /** 接口返回结果 */
  object?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  interface_name: 'String',
  method_name: 'String',
  parameter: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.pubadmin.common.operation`: method, response root, request and response schemas. */
export const yunosPubadminCommonOperationOperation = {
  method: 'yunos.pubadmin.common.operation',
  responseRoot: 'yunos_pubadmin_common_operation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 内部迎客松通用服务 — calls TOP method `yunos.pubadmin.common.operation`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosPubadminCommonOperation(
  client: TopClient,
  request: YunosPubadminCommonOperationRequest,
  options?: CallOptions,
): Promise<YunosPubadminCommonOperationResponse> {
  return client.call<YunosPubadminCommonOperationResponse>(
    {
      method: 'yunos.pubadmin.common.operation',
      responseRoot: 'yunos_pubadmin_common_operation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
