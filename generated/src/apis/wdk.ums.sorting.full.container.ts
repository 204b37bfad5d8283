// Generated from specs/wdk/wdk.ums.sorting.full.container.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `wdk.ums.sorting.full.container` (dps分货-满箱). */
export interface WdkUmsSortingFullContainerRequest {
  /** 入参 */
  param0?: WdkUmsSortingFullContainerDpsScanContainerMtopRequestInput;
}

/** Response of `wdk.ums.sorting.full.container`: TOP returns only requested, non-null fields, so all are optional. */
export interface WdkUmsSortingFullContainerResponse {
  /** 返回值 */
  result?: WdkUmsSortingFullContainerUmsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DpsScanContainerMtopRequest` of `wdk.ums.sorting.full.container`. */
export interface WdkUmsSortingFullContainerDpsScanContainerMtopRequestInput {
  /** 用户 */
  user_account?: string;
  /** 容器 */
  container_code?: string;
  /** 明细id */
  detail_id_list?: Int64Input[];
  /** 仓code */
  warehouse_code?: string;
}

/** `UmsResult` of `wdk.ums.sorting.full.container`. */
export interface WdkUmsSortingFullContainerUmsResult {
  /** 状态码 */
  code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    user_account: 'String',
    container_code: 'String',
    detail_id_list: ['Number'],
    warehouse_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `wdk.ums.sorting.full.container`: method, response root, request and response schemas. */
export const wdkUmsSortingFullContainerOperation = {
  method: 'wdk.ums.sorting.full.container',
  responseRoot: 'wdk_ums_sorting_full_container_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * dps分货-满箱 — calls TOP method `wdk.ums.sorting.full.container`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function wdkUmsSortingFullContainer(
  client: TopClient,
  request: WdkUmsSortingFullContainerRequest = {},
  options?: CallOptions,
): Promise<WdkUmsSortingFullContainerResponse> {
  return client.call<WdkUmsSortingFullContainerResponse>(
    {
      method: 'wdk.ums.sorting.full.container',
      responseRoot: 'wdk_ums_sorting_full_container_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
