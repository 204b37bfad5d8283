// Generated from specs/wdk/wdk.ums.outbound.sorting.userquery.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `wdk.ums.outbound.sorting.userquery` (dps-查询分货作业人员信息). */
export interface WdkUmsOutboundSortingUserqueryRequest {
  /** 入参 */
  param0?: WdkUmsOutboundSortingUserqueryUserQueryByIdTopRequestInput;
}

/** Response of `wdk.ums.outbound.sorting.userquery`: TOP returns only requested, non-null fields, so all are optional. */
export interface WdkUmsOutboundSortingUserqueryResponse {
  /** 结果 */
  result?: WdkUmsOutboundSortingUserqueryUmsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UserQueryByIdTopRequest` of `wdk.ums.outbound.sorting.userquery`. */
export interface WdkUmsOutboundSortingUserqueryUserQueryByIdTopRequestInput {
  /** 仓库code */
  warehouse_code?: string;
  /** 人员id */
  user_id?: Int64Input;
}

/** `UmsResult` of `wdk.ums.outbound.sorting.userquery`. */
export interface WdkUmsOutboundSortingUserqueryUmsResult {
  /** 响应码 */
  code?: string;
  /** 数据 */
  data?: WdkUmsOutboundSortingUserqueryUserInfoTopDTO;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  message?: string;
}

/** `UserInfoTopDTO` of `wdk.ums.outbound.sorting.userquery`. */
export interface WdkUmsOutboundSortingUserqueryUserInfoTopDTO {
  /** 人员account */
  user_account?: string;
  /** 人员名字 */
  user_name?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    warehouse_code: 'String',
    user_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      user_account: 'String',
      user_name: 'String',
    },
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `wdk.ums.outbound.sorting.userquery`: method, response root, request and response schemas. */
export const wdkUmsOutboundSortingUserqueryOperation = {
  method: 'wdk.ums.outbound.sorting.userquery',
  responseRoot: 'wdk_ums_outbound_sorting_userquery_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * dps-查询分货作业人员信息 — calls TOP method `wdk.ums.outbound.sorting.userquery`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function wdkUmsOutboundSortingUserquery(
  client: TopClient,
  request: WdkUmsOutboundSortingUserqueryRequest = {},
  options?: CallOptions,
): Promise<WdkUmsOutboundSortingUserqueryResponse> {
  return client.call<WdkUmsOutboundSortingUserqueryResponse>(
    {
      method: 'wdk.ums.outbound.sorting.userquery',
      responseRoot: 'wdk_ums_outbound_sorting_userquery_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
