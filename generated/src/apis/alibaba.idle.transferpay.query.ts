// Generated from specs/idle/alibaba.idle.transferpay.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.transferpay.query` (闲鱼转账结果查询). */
export interface AlibabaIdleTransferpayQueryRequest {
  /** 入参 */
  param?: AlibabaIdleTransferpayQueryPayQueryRequestInput;
}

/** Response of `alibaba.idle.transferpay.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleTransferpayQueryResponse {
  /** 接口返回model */
  result?: AlibabaIdleTransferpayQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PayQueryRequest` of `alibaba.idle.transferpay.query`. */
export interface AlibabaIdleTransferpayQueryPayQueryRequestInput {
  /** 业务订单号 */
  biz_order_id: string;
}

/** `Result` of `alibaba.idle.transferpay.query`. */
export interface AlibabaIdleTransferpayQueryResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 详情数据 */
  module?: AlibabaIdleTransferpayQuerySerializable;
  /** 错误信息 */
  err_msg?: string;
}

/** `Serializable` of `alibaba.idle.transferpay.query`. */
export interface AlibabaIdleTransferpayQuerySerializable {
  /** 支付宝交易号 */
  alipay_order_id?: string;
  /** 金额 */
  amount?: string;
  /** 外部业务ID */
  outer_id?: string;
  /** 业务订单号 */
  biz_order_id?: string;
  /** 状态 1待支付，2已付款 6交易成功，8交易关闭 */
  pay_status?: string;
}

const REQUEST_SCHEMA = {
  param: {
    biz_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    err_code: 'String',
    module: {
      alipay_order_id: 'String',
      amount: 'String',
      outer_id: 'String',
      biz_order_id: 'String',
      pay_status: 'String',
    },
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.transferpay.query`: method, response root, request and response schemas. */
export const alibabaIdleTransferpayQueryOperation = {
  method: 'alibaba.idle.transferpay.query',
  responseRoot: 'alibaba_idle_transferpay_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼转账结果查询 — calls TOP method `alibaba.idle.transferpay.query`.
 *
 * 商家业务 转账支付的结果查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleTransferpayQuery(
  client: TopClient,
  request: AlibabaIdleTransferpayQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleTransferpayQueryResponse> {
  return client.call<AlibabaIdleTransferpayQueryResponse>(
    {
      method: 'alibaba.idle.transferpay.query',
      responseRoot: 'alibaba_idle_transferpay_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
