// Generated from specs/wdk/wdk.ums.outbound.sorting.cancleararea.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `wdk.ums.outbound.sorting.cancleararea` (dps分货-是否能够清场). */
export interface WdkUmsOutboundSortingCanclearareaRequest {
  /** 入参 */
  param0?: WdkUmsOutboundSortingCanclearareaDpsCanClearAreaMtopRequestInput;
}

/** Response of `wdk.ums.outbound.sorting.cancleararea`: TOP returns only requested, non-null fields, so all are optional. */
export interface WdkUmsOutboundSortingCanclearareaResponse {
  /** 返回值 */
  result?: WdkUmsOutboundSortingCanclearareaUmsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DpsCanClearAreaMtopRequest` of `wdk.ums.outbound.sorting.cancleararea`. */
export interface WdkUmsOutboundSortingCanclearareaDpsCanClearAreaMtopRequestInput {
  /** 波次号 */
  wave_code?: string;
  /** 仓code */
  warehouse_code?: string;
}

/** `UmsResult` of `wdk.ums.outbound.sorting.cancleararea`. */
export interface WdkUmsOutboundSortingCanclearareaUmsResult {
  /** 调用码 */
  code?: string;
  /** 返回数据 */
  data?: boolean;
  /** 返回异常信息 */
  message?: string;
  /** 是否成功调用 */
  success?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    wave_code: 'String',
    warehouse_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: 'Boolean',
    message: 'String',
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `wdk.ums.outbound.sorting.cancleararea`: method, response root, request and response schemas. */
export const wdkUmsOutboundSortingCanclearareaOperation = {
  method: 'wdk.ums.outbound.sorting.cancleararea',
  responseRoot: 'wdk_ums_outbound_sorting_cancleararea_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * dps分货-是否能够清场 — calls TOP method `wdk.ums.outbound.sorting.cancleararea`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function wdkUmsOutboundSortingCancleararea(
  client: TopClient,
  request: WdkUmsOutboundSortingCanclearareaRequest = {},
  options?: CallOptions,
): Promise<WdkUmsOutboundSortingCanclearareaResponse> {
  return client.call<WdkUmsOutboundSortingCanclearareaResponse>(
    {
      method: 'wdk.ums.outbound.sorting.cancleararea',
      responseRoot: 'wdk_ums_outbound_sorting_cancleararea_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
