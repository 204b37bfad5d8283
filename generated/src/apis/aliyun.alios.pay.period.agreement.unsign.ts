// Generated from specs/aliospay/aliyun.alios.pay.period.agreement.unsign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.alios.pay.period.agreement.unsign` (周期扣款协议解约接口). */
export interface AliyunAliosPayPeriodAgreementUnsignRequest {
  /** 请求参数 */
  period_agreement_unsign_request?: AliyunAliosPayPeriodAgreementUnsignPeriodAgreementUnsignRequestInput;
}

/** Response of `aliyun.alios.pay.period.agreement.unsign`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunAliosPayPeriodAgreementUnsignResponse {
  /** 响应参数 */
  aliospay_response?: AliyunAliosPayPeriodAgreementUnsignAliOSPayResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PeriodAgreementUnsignRequest` of `aliyun.alios.pay.period.agreement.unsign`. */
export interface AliyunAliosPayPeriodAgreementUnsignPeriodAgreementUnsignRequestInput {
  /** 请求唯一id，不可重复，服务端会根据此参数防重放 */
  trace_id: string;
  /** 语言,en表示英文，zh表示中文 */
  lang: string;
  /** 请求时间戳 */
  time: string;
  /** 外部商户周期扣款签约码，周期扣款协议中标示用户的唯一签约编号（确保在商户系统中唯一）。格式规则：支持大写小写字母和数字，最长32位。 */
  external_period_agreement_code: string;
  /** cp服务端支持的协议，目前只支持HTTPS */
  service_protocol?: string;
  /** 周期扣款解约结果回调地址 */
  period_unsign_notify_url?: string;
}

/** `AliOSPayResponse` of `aliyun.alios.pay.period.agreement.unsign`. */
export interface AliyunAliosPayPeriodAgreementUnsignAliOSPayResponse {
  /** 请求唯一id，不可重复，服务端会根据此参数防重放 */
  trace_id?: string;
  /** 错误码 */
  code?: Int64;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  period_agreement_unsign_request: {
    trace_id: 'String',
    lang: 'String',
    time: 'String',
    external_period_agreement_code: 'String',
    service_protocol: 'String',
    period_unsign_notify_url: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  aliospay_response: {
    trace_id: 'String',
    code: 'Number',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliyun.alios.pay.period.agreement.unsign`: method, response root, request and response schemas. */
export const aliyunAliosPayPeriodAgreementUnsignOperation = {
  method: 'aliyun.alios.pay.period.agreement.unsign',
  responseRoot: 'aliyun_alios_pay_period_agreement_unsign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 周期扣款协议解约接口 — calls TOP method `aliyun.alios.pay.period.agreement.unsign`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunAliosPayPeriodAgreementUnsign(
  client: TopClient,
  request: AliyunAliosPayPeriodAgreementUnsignRequest = {},
  options?: CallOptions,
): Promise<AliyunAliosPayPeriodAgreementUnsignResponse> {
  return client.call<AliyunAliosPayPeriodAgreementUnsignResponse>(
    {
      method: 'aliyun.alios.pay.period.agreement.unsign',
      responseRoot: 'aliyun_alios_pay_period_agreement_unsign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
