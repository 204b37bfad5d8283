// Generated from specs/security/alibaba.security.jaq.captcha.verify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.captcha.verify` (聚安全安全验证检查接口). */
export interface AlibabaSecurityJaqCaptchaVerifyRequest {
  /** 验证码发送渠道类型 1-短信 2-语音 3-邮件 */
  captcha_type: Int64Input;
  /** 扩展字段，格式为JSON字符串，用于传递“短信验证”等验证方式所需的额外入参，例如用户输入的验证码等，格式及JSON字段key定义请参考示例 */
  extend_data?: string;
  /** 风险识别接口返回的信息口令 */
  info_token: string;
  /** 协议版本号 */
  protocol_version: string;
  /** 软token签名 */
  rsign?: string;
  /** 软token索引 */
  rtken_index?: string;
  /** 验证码会话ID */
  session_id: string;
  /** UMID token */
  utoken: string;
}

/** Response of `alibaba.security.jaq.captcha.verify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqCaptchaVerifyResponse {
  /** 出参结构体 */
  data?: AlibabaSecurityJaqCaptchaVerifyJaqVerifyCaptchaResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `JaqVerifyCaptchaResult` of `alibaba.security.jaq.captcha.verify`. */
export interface AlibabaSecurityJaqCaptchaVerifyJaqVerifyCaptchaResult {
  /** 扩展字段，格式为JSON字符串，当前为预留字段 */
  extend_data?: string;
  /** 安全验证前向化下发参数结构体 */
  jaq_dispatch_param?: AlibabaSecurityJaqCaptchaVerifyJaqDispatchParam;
  /** 验证检查请求是否调用成功（及状态），约定正值为成功，负值为失败 */
  verify_status?: Int64;
}

/** `JaqDispatchParam` of `alibaba.security.jaq.captcha.verify`. */
export interface AlibabaSecurityJaqCaptchaVerifyJaqDispatchParam {
  /** 事件ID */
  event_id?: string;
  /** 协议版本号 */
  protocol_version?: string;
  /** 下发的软token密文 */
  rtken?: string;
  /** 下发的软token索引 */
  rtken_index?: string;
}

const REQUEST_SCHEMA = {
  captcha_type: 'Number',
  extend_data: 'String',
  info_token: 'String',
  protocol_version: 'String',
  rsign: 'String',
  rtken_index: 'String',
  session_id: 'String',
  utoken: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    extend_data: 'String',
    jaq_dispatch_param: {
      event_id: 'String',
      protocol_version: 'String',
      rtken: 'String',
      rtken_index: 'String',
    },
    verify_status: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.captcha.verify`: method, response root, request and response schemas. */
export const alibabaSecurityJaqCaptchaVerifyOperation = {
  method: 'alibaba.security.jaq.captcha.verify',
  responseRoot: 'alibaba_security_jaq_captcha_verify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚安全安全验证检查接口 — calls TOP method `alibaba.security.jaq.captcha.verify`.
 *
 * 聚安全安全验证检查
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqCaptchaVerify(
  client: TopClient,
  request: AlibabaSecurityJaqCaptchaVerifyRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqCaptchaVerifyResponse> {
  return client.call<AlibabaSecurityJaqCaptchaVerifyResponse>(
    {
      method: 'alibaba.security.jaq.captcha.verify',
      responseRoot: 'alibaba_security_jaq_captcha_verify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
