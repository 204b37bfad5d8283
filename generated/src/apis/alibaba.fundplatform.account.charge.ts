// Generated from specs/fundplatform/alibaba.fundplatform.account.charge.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.fundplatform.account.charge` (资金平台余额账户充值). */
export interface AlibabaFundplatformAccountChargeRequest {
  /** 用户ID */
  param_long: Int64Input;
  /** 入参对象 */
  param_charge_request?: AlibabaFundplatformAccountChargeChargeRequestInput;
}

/** Response of `alibaba.fundplatform.account.charge`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFundplatformAccountChargeResponse {
  /** result */
  result?: AlibabaFundplatformAccountChargeResultSupport;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ChargeRequest` of `alibaba.fundplatform.account.charge`. */
export interface AlibabaFundplatformAccountChargeChargeRequestInput {
  /** 充值金额，单位分 */
  amount: Int64Input;
  /** 描述信息 */
  description?: string;
  /** 幂等字段,最多32位,必须保证同一请求幂等号唯一。不同请求幂等号不同 */
  out_biz_id: string;
  /** 付款支付宝账户email */
  payer_alipay_email: string;
  /** 付款支付宝账户编码 */
  payer_alipay_no: string;
  /** 业务类型,由资金平台分配,一般为9位数字 */
  sub_biz_type: Int64Input;
  /** 用户ID,两个userId请保持一致 */
  user_id: Int64Input;
}

/** `ResultSupport` of `alibaba.fundplatform.account.charge`. */
export interface AlibabaFundplatformAccountChargeResultSupport {
  /** errorCode */
  error_code?: string;
  /** errorMessage */
  error_message?: string;
  /** 出参对象 */
  module?: AlibabaFundplatformAccountChargeAccountChargeResponse;
  /** success */
  success?: boolean;
}

/** `AccountChargeResponse` of `alibaba.fundplatform.account.charge`. */
export interface AlibabaFundplatformAccountChargeAccountChargeResponse {
  /** 充值的账户ID */
  account_id?: Int64;
  /** 充值URL */
  pay_url?: string;
}

const REQUEST_SCHEMA = {
  param_long: 'Number',
  param_charge_request: {
    amount: 'Number',
    description: 'String',
    out_biz_id: 'String',
    payer_alipay_email: 'String',
    payer_alipay_no: 'String',
    sub_biz_type: 'Number',
    user_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_message: 'String',
    module: {
      account_id: 'Number',
      pay_url: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.fundplatform.account.charge`: method, response root, request and response schemas. */
export const alibabaFundplatformAccountChargeOperation = {
  method: 'alibaba.fundplatform.account.charge',
  responseRoot: 'alibaba_fundplatform_account_charge_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 资金平台余额账户充值 — calls TOP method `alibaba.fundplatform.account.charge`.
 *
 * 资金平台余额账户充值【创建账户&返回付款URL】
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFundplatformAccountCharge(
  client: TopClient,
  request: AlibabaFundplatformAccountChargeRequest,
  options?: CallOptions,
): Promise<AlibabaFundplatformAccountChargeResponse> {
  return client.call<AlibabaFundplatformAccountChargeResponse>(
    {
      method: 'alibaba.fundplatform.account.charge',
      responseRoot: 'alibaba_fundplatform_account_charge_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
