// Generated from specs/wdk/alibaba.wdk.reverse.createfeatch.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.reverse.createfeatch` (逆向取货). */
export interface AlibabaWdkReverseCreatefeatchRequest {
  /** 入参 */
  param_create_fetch_req?: AlibabaWdkReverseCreatefeatchCreateFetchReqInput;
}

/** Response of `alibaba.wdk.reverse.createfeatch`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkReverseCreatefeatchResponse {
  /** 返回值 */
  result?: AlibabaWdkReverseCreatefeatchReverseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreateFetchReq` of `alibaba.wdk.reverse.createfeatch`. */
export interface AlibabaWdkReverseCreatefeatchCreateFetchReqInput {
  /** 买家地址 */
  buyer_address: string;
  /** 买家名称 */
  buyer_name: string;
  /** 买家电话 */
  buyer_phone: string;
  /** 取货详情 */
  fetch_aggregate_list: AlibabaWdkReverseCreatefeatchFetchAggregateInput[];
  /** 期望取货结束时间 */
  expect_fetch_end_time?: string;
  /** 期望取货开始时间 */
  expect_fetch_start_time?: string;
  /** 上门取货（1为上门取货） */
  fetch_type: Int64Input;
  /** 主单号 */
  main_out_order_id: string;
  /** 备注 */
  memo?: string;
  /** 发起人 */
  operator: AlibabaWdkReverseCreatefeatchOperatorVoInput;
  /** 原因id */
  reason_id?: Int64Input;
  /** 退款金额 */
  refund_amount?: Int64Input;
  /** 退款单号 幂等id */
  reverse_id: string;
  /** 门店id */
  store_id: string;
}

/** `FetchAggregate` of `alibaba.wdk.reverse.createfeatch`. */
export interface AlibabaWdkReverseCreatefeatchFetchAggregateInput {
  /** 期望取货数量 */
  expect_fetch_quantity: string;
  /** 期望退款数量 */
  expect_refund_quantity: string;
  /** 取货类型（1上门取货） */
  fetch_type: Int64Input;
  /** 子单号 */
  sub_out_order_id: string;
}

/** `OperatorVo` of `alibaba.wdk.reverse.createfeatch`. */
export interface AlibabaWdkReverseCreatefeatchOperatorVoInput {
  /** 操作人id */
  operator_id?: string;
  /** 操作人名字 */
  operator_name?: string;
  /** 操作人类型（4客服小二） */
  operator_type: Int64Input;
}

/** `ReverseResult` of `alibaba.wdk.reverse.createfeatch`. */
export interface AlibabaWdkReverseCreatefeatchReverseResult {
  /** 错误码code */
  error_code?: string;
  /** 错误码描述 */
  error_msg?: string;
  /** 返回model */
  model?: AlibabaWdkReverseCreatefeatchCreateFetchResponse;
  /** true/false */
  success?: boolean;
}

/** `CreateFetchResponse` of `alibaba.wdk.reverse.createfeatch`. */
export interface AlibabaWdkReverseCreatefeatchCreateFetchResponse {
  /** 取货单di */
  refer_id?: string;
}

const REQUEST_SCHEMA = {
  param_create_fetch_req: {
    buyer_address: 'String',
    buyer_name: 'String',
    buyer_phone: 'String',
    fetch_aggregate_list: [
      {
        expect_fetch_quantity: 'String',
        expect_refund_quantity: 'String',
        fetch_type: 'Number',
        sub_out_order_id: 'String',
      },
    ],
    expect_fetch_end_time: 'String',
    expect_fetch_start_time: 'String',
    fetch_type: 'Number',
    main_out_order_id: 'String',
    memo: 'String',
    operator: {
      operator_id: 'String',
      operator_name: 'String',
      operator_type: 'Number',
    },
    reason_id: 'Number',
    refund_amount: 'Number',
    reverse_id: 'String',
    store_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    model: {
      refer_id: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.reverse.createfeatch`: method, response root, request and response schemas. */
export const alibabaWdkReverseCreatefeatchOperation = {
  method: 'alibaba.wdk.reverse.createfeatch',
  responseRoot: 'alibaba_wdk_reverse_createfeatch_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 逆向取货 — calls TOP method `alibaba.wdk.reverse.createfeatch`.
 *
 * 发起逆向取货
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkReverseCreatefeatch(
  client: TopClient,
  request: AlibabaWdkReverseCreatefeatchRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkReverseCreatefeatchResponse> {
  return client.call<AlibabaWdkReverseCreatefeatchResponse>(
    {
      method: 'alibaba.wdk.reverse.createfeatch',
      responseRoot: 'alibaba_wdk_reverse_createfeatch_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
