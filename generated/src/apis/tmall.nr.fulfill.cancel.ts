// Generated from specs/tmallnr/tmall.nr.fulfill.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nr.fulfill.cancel` (取消上门揽件). */
export interface TmallNrFulfillCancelRequest {
  /** 入参 */
  req?: TmallNrFulfillCancelNrCancelFulfillReqDtoInput;
}

/** Response of `tmall.nr.fulfill.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrFulfillCancelResponse {
  /** result */
  result?: TmallNrFulfillCancelNrResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrCancelFulfillReqDto` of `tmall.nr.fulfill.cancel`. */
export interface TmallNrFulfillCancelNrCancelFulfillReqDtoInput {
  /** 操作取消人员姓名 */
  cancel_oper_user_name?: string;
  /** 操作取消人员ID号 */
  cancel_oper_user_id?: Int64Input;
  /** 取消的对应编码 */
  cancel_reason_code?: Int64Input;
  /** 淘宝商家的sellerID */
  seller_id?: Int64Input;
  /** 取消类型。操作人类型:1寄件人,3客服小二,4快递员, 5CP, 6收件人,8门店取消,100系统 */
  cancel_oper_type?: Int64Input;
  /** 淘宝交易的主订单号 */
  main_order_id?: Int64Input;
  /** 取消原因的说明 */
  cancel_reason?: string;
}

/** `NrResult` of `tmall.nr.fulfill.cancel`. */
export interface TmallNrFulfillCancelNrResult {
  /** 取消是否成功 */
  result_data?: boolean;
  /** errorMessage */
  error_message?: string;
  /** errorCode */
  error_code2?: string;
  /** isSuccess */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  req: {
    cancel_oper_user_name: 'String',
    cancel_oper_user_id: 'Number',
    cancel_reason_code: 'Number',
    seller_id: 'Number',
    cancel_oper_type: 'Number',
    main_order_id: 'Number',
    cancel_reason: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: 'Boolean',
    error_message: 'String',
    error_code2: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nr.fulfill.cancel`: method, response root, request and response schemas. */
export const tmallNrFulfillCancelOperation = {
  method: 'tmall.nr.fulfill.cancel',
  responseRoot: 'tmall_nr_fulfill_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消上门揽件 — calls TOP method `tmall.nr.fulfill.cancel`.
 *
 * 新零售门店业务取消上门揽件
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrFulfillCancel(
  client: TopClient,
  request: TmallNrFulfillCancelRequest = {},
  options?: CallOptions,
): Promise<TmallNrFulfillCancelResponse> {
  return client.call<TmallNrFulfillCancelResponse>(
    {
      method: 'tmall.nr.fulfill.cancel',
      responseRoot: 'tmall_nr_fulfill_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
