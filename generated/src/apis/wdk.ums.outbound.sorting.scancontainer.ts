// Generated from specs/wdk/wdk.ums.outbound.sorting.scancontainer.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `wdk.ums.outbound.sorting.scancontainer` (dps分货-扫描分货容器判断是否可用). */
export interface WdkUmsOutboundSortingScancontainerRequest {
  /** 返回值 */
  param0?: WdkUmsOutboundSortingScancontainerDpsScanContainerMtopRequestInput;
}

/** Response of `wdk.ums.outbound.sorting.scancontainer`: TOP returns only requested, non-null fields, so all are optional. */
export interface WdkUmsOutboundSortingScancontainerResponse {
  /** 结果 */
  result?: WdkUmsOutboundSortingScancontainerUmsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DpsScanContainerMtopRequest` of `wdk.ums.outbound.sorting.scancontainer`. */
export interface WdkUmsOutboundSortingScancontainerDpsScanContainerMtopRequestInput {
  /** 用户 */
  user_account?: string;
  /** 容器号 */
  container_code?: string;
  /** 明细列表 */
  detail_id_list?: Int64Input[];
  /** 仓code */
  warehouse_code?: string;
}

/** `UmsResult` of `wdk.ums.outbound.sorting.scancontainer`. */
export interface WdkUmsOutboundSortingScancontainerUmsResult {
  /** 状态码 */
  code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 描述消息 */
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

/** Static description of `wdk.ums.outbound.sorting.scancontainer`: method, response root, request and response schemas. */
export const wdkUmsOutboundSortingScancontainerOperation = {
  method: 'wdk.ums.outbound.sorting.scancontainer',
  responseRoot: 'wdk_ums_outbound_sorting_scancontainer_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * dps分货-扫描分货容器判断是否可用 — calls TOP method `wdk.ums.outbound.sorting.scancontainer`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function wdkUmsOutboundSortingScancontainer(
  client: TopClient,
  request: WdkUmsOutboundSortingScancontainerRequest = {},
  options?: CallOptions,
): Promise<WdkUmsOutboundSortingScancontainerResponse> {
  return client.call<WdkUmsOutboundSortingScancontainerResponse>(
    {
      method: 'wdk.ums.outbound.sorting.scancontainer',
      responseRoot: 'wdk_ums_outbound_sorting_scancontainer_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
