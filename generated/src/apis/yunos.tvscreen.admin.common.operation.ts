// Generated from specs/tvupadmin/yunos.tvscreen.admin.common.operation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvscreen.admin.common.operation` (一体机桌面通用接口). */
export interface YunosTvscreenAdminCommonOperationRequest {
  /** 接口名称 */
  interface_name: string;
  /** 参数数组 */
  parameters?: string;
  /** 方法名 */
  method_name: string;
}

/** Response of `yunos.tvscreen.admin.common.operation`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvscreenAdminCommonOperationResponse {
  /** result */
  result?: YunosTvscreenAdminCommonOperationTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `yunos.tvscreen.admin.common.operation`. */
export interface YunosTvscreenAdminCommonOperationTopResult {
  /** result */
  result?: string;
  /** message */
  message?: string;
}

const REQUEST_SCHEMA = {
  interface_name: 'String',
  parameters: 'String',
  method_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvscreen.admin.common.operation`: method, response root, request and response schemas. */
export const yunosTvscreenAdminCommonOperationOperation = {
  method: 'yunos.tvscreen.admin.common.operation',
  responseRoot: 'yunos_tvscreen_admin_common_operation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 一体机桌面通用接口 — calls TOP method `yunos.tvscreen.admin.common.operation`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvscreenAdminCommonOperation(
  client: TopClient,
  request: YunosTvscreenAdminCommonOperationRequest,
  options?: CallOptions,
): Promise<YunosTvscreenAdminCommonOperationResponse> {
  return client.call<YunosTvscreenAdminCommonOperationResponse>(
    {
      method: 'yunos.tvscreen.admin.common.operation',
      responseRoot: 'yunos_tvscreen_admin_common_operation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
