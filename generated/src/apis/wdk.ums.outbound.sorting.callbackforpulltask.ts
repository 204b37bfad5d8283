// Generated from specs/wdk/wdk.ums.outbound.sorting.callbackforpulltask.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `wdk.ums.outbound.sorting.callbackforpulltask` (dps分货-任务拉取确定接口). */
export interface WdkUmsOutboundSortingCallbackforpulltaskRequest {
  /** 入参 */
  param0?: WdkUmsOutboundSortingCallbackforpulltaskDpsCallBackForPullTaskMtopRequestInput;
}

/** Response of `wdk.ums.outbound.sorting.callbackforpulltask`: TOP returns only requested, non-null fields, so all are optional. */
export interface WdkUmsOutboundSortingCallbackforpulltaskResponse {
  /** 返回值 */
  result?: WdkUmsOutboundSortingCallbackforpulltaskUmsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DpsCallBackForPullTaskMtopRequest` of `wdk.ums.outbound.sorting.callbackforpulltask`. */
export interface WdkUmsOutboundSortingCallbackforpulltaskDpsCallBackForPullTaskMtopRequestInput {
  /** 任务列表 */
  task_code_list?: string[];
  /** 仓code */
  warehouse_code?: string;
}

/** `UmsResult` of `wdk.ums.outbound.sorting.callbackforpulltask`. */
export interface WdkUmsOutboundSortingCallbackforpulltaskUmsResult {
  /** 状态码 */
  code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    task_code_list: ['String'],
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

/** Static description of `wdk.ums.outbound.sorting.callbackforpulltask`: method, response root, request and response schemas. */
export const wdkUmsOutboundSortingCallbackforpulltaskOperation = {
  method: 'wdk.ums.outbound.sorting.callbackforpulltask',
  responseRoot: 'wdk_ums_outbound_sorting_callbackforpulltask_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * dps分货-任务拉取确定接口 — calls TOP method `wdk.ums.outbound.sorting.callbackforpulltask`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function wdkUmsOutboundSortingCallbackforpulltask(
  client: TopClient,
  request: WdkUmsOutboundSortingCallbackforpulltaskRequest = {},
  options?: CallOptions,
): Promise<WdkUmsOutboundSortingCallbackforpulltaskResponse> {
  return client.call<WdkUmsOutboundSortingCallbackforpulltaskResponse>(
    {
      method: 'wdk.ums.outbound.sorting.callbackforpulltask',
      responseRoot: 'wdk_ums_outbound_sorting_callbackforpulltask_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
