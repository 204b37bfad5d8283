// Generated from specs/idle/alibaba.idle.agreement.pay.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.agreement.pay.query` (代扣详情查询). */
export interface AlibabaIdleAgreementPayQueryRequest {
  /** 入参 */
  param?: AlibabaIdleAgreementPayQueryAgreementPayBillQueryParamInput;
}

/** Response of `alibaba.idle.agreement.pay.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleAgreementPayQueryResponse {
  /** 接口返回 */
  result?: AlibabaIdleAgreementPayQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AgreementPayBillQueryParam` of `alibaba.idle.agreement.pay.query`. */
export interface AlibabaIdleAgreementPayQueryAgreementPayBillQueryParamInput {
  /** 订单号 */
  biz_order_id: string;
  /** 业务编码：R1:回收 */
  pay_biz_code: string;
}

/** `Result` of `alibaba.idle.agreement.pay.query`. */
export interface AlibabaIdleAgreementPayQueryResult {
  /** 是否成功 */
  success?: boolean;
  /** err_code */
  err_code?: string;
  /** 账单查询结果 */
  module?: AlibabaIdleAgreementPayQuerySerializable;
  /** 错误信息 */
  err_msg?: string;
}

/** `Serializable` of `alibaba.idle.agreement.pay.query`. */
export interface AlibabaIdleAgreementPayQuerySerializable {
  /** 明细 */
  pay_details?: AlibabaIdleAgreementPayQuerySubPayBillDto[];
  /** 总金额 */
  total_amount?: string;
  /** 业务编码：R1:回收 */
  pay_biz_code?: string;
  /** 状态描述 */
  pay_status_desc?: string;
  /** INIT:初始状态;PARTIAL_SUCCESSED:支付部分成功;SUCCESSED:支付成功;FAILED:支付失败 */
  pay_status?: string;
  /** 业务订单号 */
  biz_order_id?: string;
}

/** `SubPayBillDto` of `alibaba.idle.agreement.pay.query`. */
export interface AlibabaIdleAgreementPayQuerySubPayBillDto {
  /** 支付时间 */
  pay_time?: string;
  /** 创建时间 */
  create_time?: string;
  /** 支付状态描述 */
  pay_status_desc?: string;
  /** 支付状态 */
  pay_status?: string;
  /** 代扣错误信息 */
  err_msg?: string;
  /** 代扣错误码 */
  err_code?: string;
  /** 支付宝流水号 */
  alipay_trade_no?: string;
  /** 金额 */
  amount?: string;
  /** 计划id */
  plan_id?: string;
}

const REQUEST_SCHEMA = {
  param: {
    biz_order_id: 'String',
    pay_biz_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    err_code: 'String',
    module: {
      pay_details: [
        {
          pay_time: 'String',
          create_time: 'String',
          pay_status_desc: 'String',
          pay_status: 'String',
          err_msg: 'String',
          err_code: 'String',
          alipay_trade_no: 'String',
          amount: 'String',
          plan_id: 'String',
        },
      ],
      total_amount: 'String',
      pay_biz_code: 'String',
      pay_status_desc: 'String',
      pay_status: 'String',
      biz_order_id: 'String',
    },
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.agreement.pay.query`: method, response root, request and response schemas. */
export const alibabaIdleAgreementPayQueryOperation = {
  method: 'alibaba.idle.agreement.pay.query',
  responseRoot: 'alibaba_idle_agreement_pay_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 代扣详情查询 — calls TOP method `alibaba.idle.agreement.pay.query`.
 *
 * 查询代扣结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleAgreementPayQuery(
  client: TopClient,
  request: AlibabaIdleAgreementPayQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleAgreementPayQueryResponse> {
  return client.call<AlibabaIdleAgreementPayQueryResponse>(
    {
      method: 'alibaba.idle.agreement.pay.query',
      responseRoot: 'alibaba_idle_agreement_pay_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
