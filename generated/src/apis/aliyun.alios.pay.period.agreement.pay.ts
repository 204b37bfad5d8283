// Generated from specs/aliospay/aliyun.alios.pay.period.agreement.pay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.alios.pay.period.agreement.pay` (周期扣款支付接口). */
export interface AliyunAliosPayPeriodAgreementPayRequest {
  /** 请求参数 */
  period_agreement_pay_request?: AliyunAliosPayPeriodAgreementPayPeriodAgreementPayRequestInput;
}

/** Response of `aliyun.alios.pay.period.agreement.pay`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunAliosPayPeriodAgreementPayResponse {
  /** 响应参数 */
  aliospay_response?: AliyunAliosPayPeriodAgreementPayAliOSPayResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PeriodAgreementPayRequest` of `aliyun.alios.pay.period.agreement.pay`. */
export interface AliyunAliosPayPeriodAgreementPayPeriodAgreementPayRequestInput {
  /** 请求唯一id，不可重复，服务端会根据此参数防重放 */
  trace_id: string;
  /** 语言,en表示英文，zh表示中文 */
  lang: string;
  /** 请求时间戳 */
  time: string;
  /** 业务订单号 */
  biz_order_id: string;
  /** 订单标题 */
  subject: string;
  /** 订单总金额，单位为分 */
  total_amount: Int64Input;
  /** 外部商户周期扣款签约码，周期扣款协议中标示用户的唯一签约编号（确保在商户系统中唯一）。格式规则：支持大写小写字母和数字，最长32位 */
  external_period_agreement_code: string;
  /** cp服务端支持的协议，目前只支持HTTPS */
  service_protocol?: string;
  /** 支付结果回调通知URL */
  pay_notify_url?: string;
}

/** `AliOSPayResponse` of `aliyun.alios.pay.period.agreement.pay`. */
export interface AliyunAliosPayPeriodAgreementPayAliOSPayResponse {
  /** 请求唯一id，不可重复，服务端会根据此参数防重放 */
  trace_id?: string;
  /** 错误码 */
  code?: Int64;
  /** 错误信息 */
  message?: string;
  /** 业务数据 */
  data?: AliyunAliosPayPeriodAgreementPayPeriodAgreementPayResponse;
}

/** `PeriodAgreementPayResponse` of `aliyun.alios.pay.period.agreement.pay`. */
export interface AliyunAliosPayPeriodAgreementPayPeriodAgreementPayResponse {
  /** 斑马支付单Id */
  pay_order_id?: string;
}

const REQUEST_SCHEMA = {
  period_agreement_pay_request: {
    trace_id: 'String',
    lang: 'String',
    time: 'String',
    biz_order_id: 'String',
    subject: 'String',
    total_amount: 'Number',
    external_period_agreement_code: 'String',
    service_protocol: 'String',
    pay_notify_url: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  aliospay_response: {
    trace_id: 'String',
    code: 'Number',
    message: 'String',
    data: {
      pay_order_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `aliyun.alios.pay.period.agreement.pay`: method, response root, request and response schemas. */
export const aliyunAliosPayPeriodAgreementPayOperation = {
  method: 'aliyun.alios.pay.period.agreement.pay',
  responseRoot: 'aliyun_alios_pay_period_agreement_pay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 周期扣款支付接口 — calls TOP method `aliyun.alios.pay.period.agreement.pay`.
 *
 * 周期扣款支付接口，商户服务端通过该接口完成后续期数的支付
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunAliosPayPeriodAgreementPay(
  client: TopClient,
  request: AliyunAliosPayPeriodAgreementPayRequest = {},
  options?: CallOptions,
): Promise<AliyunAliosPayPeriodAgreementPayResponse> {
  return client.call<AliyunAliosPayPeriodAgreementPayResponse>(
    {
      method: 'aliyun.alios.pay.period.agreement.pay',
      responseRoot: 'aliyun_alios_pay_period_agreement_pay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
