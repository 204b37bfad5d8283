// Generated from specs/tmallgenie/alibaba.ailabs.tmallgenie.third.telecom.autoauth.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tmallgenie.third.telecom.autoauth` (电信iot自动授权). */
export interface AlibabaAilabsTmallgenieThirdTelecomAutoauthRequest {
  /** 调用链id,用于全链路跟踪 */
  trace_id: string;
  /** 电信音箱平台分配给合作方的合作伙伴ID */
  ct_partner_id: string;
  /** 合作方音箱唯一标识，该标识传值为音箱CTEI。 */
  device_id: string;
  /** 访问令牌，用于校验接口调用者身份，做到不可否认性 */
  token: string;
  /** 请求时间，格式：yyyy-MM-dd HH:mm:ss */
  time: string;
  /** 电信家居平台用户标识加密字符串 */
  ty_account: string;
  /** 扩展参数，由厂家根据业务自定义内容 */
  extra_param?: string | Record<string, unknown>;
}

/** Response of `alibaba.ailabs.tmallgenie.third.telecom.autoauth`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTmallgenieThirdTelecomAutoauthResponse {
  /** 错误码 */
  result_code?: Int64;
  /** success */
  message?: string;
  /** 是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  trace_id: 'String',
  ct_partner_id: 'String',
  device_id: 'String',
  token: 'String',
  time: 'String',
  ty_account: 'String',
  extra_param: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'Number',
  message: 'String',
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.tmallgenie.third.telecom.autoauth`: method, response root, request and response schemas. */
export const alibabaAilabsTmallgenieThirdTelecomAutoauthOperation = {
  method: 'alibaba.ailabs.tmallgenie.third.telecom.autoauth',
  responseRoot: 'alibaba_ailabs_tmallgenie_third_telecom_autoauth_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电信iot自动授权 — calls TOP method `alibaba.ailabs.tmallgenie.third.telecom.autoauth`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTmallgenieThirdTelecomAutoauth(
  client: TopClient,
  request: AlibabaAilabsTmallgenieThirdTelecomAutoauthRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsTmallgenieThirdTelecomAutoauthResponse> {
  return client.call<AlibabaAilabsTmallgenieThirdTelecomAutoauthResponse>(
    {
      method: 'alibaba.ailabs.tmallgenie.third.telecom.autoauth',
      responseRoot: 'alibaba_ailabs_tmallgenie_third_telecom_autoauth_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
