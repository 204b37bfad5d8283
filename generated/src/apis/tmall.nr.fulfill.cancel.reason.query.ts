// Generated from specs/tmallnr/tmall.nr.fulfill.cancel.reason.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nr.fulfill.cancel.reason.query` (查询取消履约的原因列表). */
export interface TmallNrFulfillCancelReasonQueryRequest {
  /** 商家的sellerID */
  seller_id?: Int64Input;
  /** 淘宝交易的主订单号 */
  main_order_id?: Int64Input;
}

/** Response of `tmall.nr.fulfill.cancel.reason.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrFulfillCancelReasonQueryResponse {
  /** 返回结果 */
  result?: TmallNrFulfillCancelReasonQueryNrResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrResult` of `tmall.nr.fulfill.cancel.reason.query`. */
export interface TmallNrFulfillCancelReasonQueryNrResult {
  /** 返回结果的数据值 */
  result_data?: string | Record<string, unknown>;
  /** errorMessage */
  error_message?: string;
  /** errorCode */
  error_code?: string;
  /** isSuccess */
  is_success?: boolean;
}

const REQUEST_SCHEMA = {
  seller_id: 'Number',
  main_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: 'Json',
    error_message: 'String',
    error_code: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nr.fulfill.cancel.reason.query`: method, response root, request and response schemas. */
export const tmallNrFulfillCancelReasonQueryOperation = {
  method: 'tmall.nr.fulfill.cancel.reason.query',
  responseRoot: 'tmall_nr_fulfill_cancel_reason_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询取消履约的原因列表 — calls TOP method `tmall.nr.fulfill.cancel.reason.query`.
 *
 * 新零售门店业务查询取消上门揽件的原因列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrFulfillCancelReasonQuery(
  client: TopClient,
  request: TmallNrFulfillCancelReasonQueryRequest = {},
  options?: CallOptions,
): Promise<TmallNrFulfillCancelReasonQueryResponse> {
  return client.call<TmallNrFulfillCancelReasonQueryResponse>(
    {
      method: 'tmall.nr.fulfill.cancel.reason.query',
      responseRoot: 'tmall_nr_fulfill_cancel_reason_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
