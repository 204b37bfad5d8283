// Generated from specs/idle/alibaba.idle.agreement.pay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.agreement.pay` (闲鱼平台商户代扣). */
export interface AlibabaIdleAgreementPayRequest {
  /** 协议代扣参数 */
  agreement_pay_param?: AlibabaIdleAgreementPayAgreementPayParamInput;
}

/** Response of `alibaba.idle.agreement.pay`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleAgreementPayResponse {
  /** 接口返回model */
  result?: AlibabaIdleAgreementPayResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AgreementPayParam` of `alibaba.idle.agreement.pay`. */
export interface AlibabaIdleAgreementPayAgreementPayParamInput {
  /** 商户订单号（唯一建） */
  biz_order_id: string;
  /** 代扣计划 */
  plan_id: string;
  /** R1:闲鱼回收代扣（V1版本） */
  pay_biz_code: string;
}

/** `Result` of `alibaba.idle.agreement.pay`. */
export interface AlibabaIdleAgreementPayResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误code */
  err_code?: string;
  /** 服务出参 */
  module?: AlibabaIdleAgreementPaySerializable;
  /** 错误信息 */
  err_msg?: string;
}

/** `Serializable` of `alibaba.idle.agreement.pay`. */
export interface AlibabaIdleAgreementPaySerializable {
  /** 商户订单号（唯一建） */
  biz_order_id?: string;
  /** 代扣计划 */
  plan_id?: string;
  /** 支付宝流水号 */
  alipay_trade_no?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 申请扣款金额（单位分） */
  total_amount?: Int64;
  /** 实际支付金额（单位分） */
  receipt_amount?: Int64;
  /** INIT:初始状态;PARTIAL_SUCCESSED:支付部分成功;SUCCESSED:支付成功;FAILED:支付失败 */
  pay_status?: string;
}

const REQUEST_SCHEMA = {
  agreement_pay_param: {
    biz_order_id: 'String',
    plan_id: 'String',
    pay_biz_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    err_code: 'String',
    module: {
      biz_order_id: 'String',
      plan_id: 'String',
      alipay_trade_no: 'String',
      pay_time: 'String',
      total_amount: 'Number',
      receipt_amount: 'Number',
      pay_status: 'String',
    },
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.agreement.pay`: method, response root, request and response schemas. */
export const alibabaIdleAgreementPayOperation = {
  method: 'alibaba.idle.agreement.pay',
  responseRoot: 'alibaba_idle_agreement_pay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼平台商户代扣 — calls TOP method `alibaba.idle.agreement.pay`.
 *
 * 闲鱼平台代扣能力：用户和闲鱼签约代扣协议 服务商通过直付通产品挂载成为闲鱼二级商户 来完成用户和服务商的结算
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleAgreementPay(
  client: TopClient,
  request: AlibabaIdleAgreementPayRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleAgreementPayResponse> {
  return client.call<AlibabaIdleAgreementPayResponse>(
    {
      method: 'alibaba.idle.agreement.pay',
      responseRoot: 'alibaba_idle_agreement_pay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
