// Generated from specs/tvupadmin/yunos.tvmbos.common.operation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvmbos.common.operation` (应用中心通用服务接口). */
export interface YunosTvmbosCommonOperationRequest {
  /** 接口名 */
  interface_name: string;
  /** 方法名 */
  method_name: string;
  /** 入参，json格式 */
  parameter: string;
}

/** Response of `yunos.tvmbos.common.operation`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvmbosCommonOperationResponse {
  /** 接口返回结果 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  interface_name: 'String',
  method_name: 'String',
  parameter: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvmbos.common.operation`: method, response root, request and response schemas. */
export const yunosTvmbosCommonOperationOperation = {
  method: 'yunos.tvmbos.common.operation',
  responseRoot: 'yunos_tvmbos_common_operation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 应用中心通用服务接口 — calls TOP method `yunos.tvmbos.common.operation`.
 *
 * 应用中心相关接口的代理
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvmbosCommonOperation(
  client: TopClient,
  request: YunosTvmbosCommonOperationRequest,
  options?: CallOptions,
): Promise<YunosTvmbosCommonOperationResponse> {
  return client.call<YunosTvmbosCommonOperationResponse>(
    {
      method: 'yunos.tvmbos.common.operation',
      responseRoot: 'yunos_tvmbos_common_operation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
