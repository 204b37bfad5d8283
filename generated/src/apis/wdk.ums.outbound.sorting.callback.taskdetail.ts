// Generated from specs/wdk/wdk.ums.outbound.sorting.callback.taskdetail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `wdk.ums.outbound.sorting.callback.taskdetail` (dps分货，明细回传). */
export interface WdkUmsOutboundSortingCallbackTaskdetailRequest {
  /** 参数 */
  param0?: WdkUmsOutboundSortingCallbackTaskdetailDpsCallBackSortMtopRequestInput;
}

/** Response of `wdk.ums.outbound.sorting.callback.taskdetail`: TOP returns only requested, non-null fields, so all are optional. */
export interface WdkUmsOutboundSortingCallbackTaskdetailResponse {
  /** 结果 */
  result?: WdkUmsOutboundSortingCallbackTaskdetailUmsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DpsCallBackSortMtopRequest` of `wdk.ums.outbound.sorting.callback.taskdetail`. */
export interface WdkUmsOutboundSortingCallbackTaskdetailDpsCallBackSortMtopRequestInput {
  /** 明细列表 */
  detail_request_list?: WdkUmsOutboundSortingCallbackTaskdetailDpsCallBackSortDetailMtopRequestInput[];
  /** 任务号 */
  task_code?: string;
  /** 账号 */
  user_account?: string;
  /** 仓code */
  warehouse_code?: string;
}

/** `DpsCallBackSortDetailMtopRequest` of `wdk.ums.outbound.sorting.callback.taskdetail`. */
export interface WdkUmsOutboundSortingCallbackTaskdetailDpsCallBackSortDetailMtopRequestInput {
  /** 提交时间 */
  submit_time?: string;
  /** 缺货数量 */
  lack_num?: string;
  /** 明细id */
  detail_id?: Int64Input;
  /** 提交数量 */
  submit_num?: string;
  /** 容器号 */
  container_code?: string;
  /** 明细操作人员code */
  user_account_code?: string;
}

/** `UmsResult` of `wdk.ums.outbound.sorting.callback.taskdetail`. */
export interface WdkUmsOutboundSortingCallbackTaskdetailUmsResult {
  /** 状态码 */
  code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 描述消息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    detail_request_list: [
      {
        submit_time: 'String',
        lack_num: 'String',
        detail_id: 'Number',
        submit_num: 'String',
        container_code: 'String',
        user_account_code: 'String',
      },
    ],
    task_code: 'String',
    user_account: 'String',
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

/** Static description of `wdk.ums.outbound.sorting.callback.taskdetail`: method, response root, request and response schemas. */
export const wdkUmsOutboundSortingCallbackTaskdetailOperation = {
  method: 'wdk.ums.outbound.sorting.callback.taskdetail',
  responseRoot: 'wdk_ums_outbound_sorting_callback_taskdetail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * dps分货，明细回传 — calls TOP method `wdk.ums.outbound.sorting.callback.taskdetail`.
 *
 * dps分货-分货明细回传
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function wdkUmsOutboundSortingCallbackTaskdetail(
  client: TopClient,
  request: WdkUmsOutboundSortingCallbackTaskdetailRequest = {},
  options?: CallOptions,
): Promise<WdkUmsOutboundSortingCallbackTaskdetailResponse> {
  return client.call<WdkUmsOutboundSortingCallbackTaskdetailResponse>(
    {
      method: 'wdk.ums.outbound.sorting.callback.taskdetail',
      responseRoot: 'wdk_ums_outbound_sorting_callback_taskdetail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
