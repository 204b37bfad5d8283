// Generated from specs/aliospay/aliyun.alios.pay.period.agreement.status.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.alios.pay.period.agreement.status.get` (查询周期扣款签约状态). */
export interface AliyunAliosPayPeriodAgreementStatusGetRequest {
  /** 请求参数 */
  get_period_agreement_status_request?: AliyunAliosPayPeriodAgreementStatusGetGetPeriodAgreementStatusRequestInput;
}

/** Response of `aliyun.alios.pay.period.agreement.status.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunAliosPayPeriodAgreementStatusGetResponse {
  /** 响应参数 */
  aliospay_response?: AliyunAliosPayPeriodAgreementStatusGetAliOSPayResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GetPeriodAgreementStatusRequest` of `aliyun.alios.pay.period.agreement.status.get`. */
export interface AliyunAliosPayPeriodAgreementStatusGetGetPeriodAgreementStatusRequestInput {
  /** 请求唯一id，不可重复，服务端会根据此参数防重放 */
  trace_id: string;
  /** 语言,en表示英文，zh表示中文 */
  lang: string;
  /** 请求时间戳 */
  time: string;
  /** 外部商户周期扣款签约码，周期扣款协议中标示用户的唯一签约编号（确保在商户系统中唯一）。格式规则：支持大写小写字母和数字，最长32位。 */
  external_period_agreement_code: string;
}

/** `AliOSPayResponse` of `aliyun.alios.pay.period.agreement.status.get`. */
export interface AliyunAliosPayPeriodAgreementStatusGetAliOSPayResponse {
  /** 请求唯一id，不可重复，服务端会根据此参数防重放 */
  trace_id?: string;
  /** 错误码 */
  code?: Int64;
  /** 错误信息 */
  message?: string;
  /** 业务数据 */
  data?: AliyunAliosPayPeriodAgreementStatusGetGetPeriodAgreementStatusResponse;
}

/** `GetPeriodAgreementStatusResponse` of `aliyun.alios.pay.period.agreement.status.get`. */
export interface AliyunAliosPayPeriodAgreementStatusGetGetPeriodAgreementStatusResponse {
  /** 周期扣款协议签约id */
  agreement_id?: string;
  /** 周期扣款协议签约状态，INIT-初始，SIGNED-已签约，UNSIGNED-已解约 */
  agreement_status?: string;
  /** 协议签约时间，时间戳，单位毫秒 */
  sign_time?: Int64;
  /** 协议解约时间，时间戳，单位毫秒 */
  unsign_time?: Int64;
}

const REQUEST_SCHEMA = {
  get_period_agreement_status_request: {
    trace_id: 'String',
    lang: 'String',
    time: 'String',
    external_period_agreement_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  aliospay_response: {
    trace_id: 'String',
    code: 'Number',
    message: 'String',
    data: {
      agreement_id: 'String',
      agreement_status: 'String',
      sign_time: 'Number',
      unsign_time: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `aliyun.alios.pay.period.agreement.status.get`: method, response root, request and response schemas. */
export const aliyunAliosPayPeriodAgreementStatusGetOperation = {
  method: 'aliyun.alios.pay.period.agreement.status.get',
  responseRoot: 'aliyun_alios_pay_period_agreement_status_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询周期扣款签约状态 — calls TOP method `aliyun.alios.pay.period.agreement.status.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunAliosPayPeriodAgreementStatusGet(
  client: TopClient,
  request: AliyunAliosPayPeriodAgreementStatusGetRequest = {},
  options?: CallOptions,
): Promise<AliyunAliosPayPeriodAgreementStatusGetResponse> {
  return client.call<AliyunAliosPayPeriodAgreementStatusGetResponse>(
    {
      method: 'aliyun.alios.pay.period.agreement.status.get',
      responseRoot: 'aliyun_alios_pay_period_agreement_status_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
