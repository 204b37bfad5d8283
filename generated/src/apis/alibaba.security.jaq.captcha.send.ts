// Generated from specs/security/alibaba.security.jaq.captcha.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.captcha.send` (聚安全安全验证发起接口). */
export interface AlibabaSecurityJaqCaptchaSendRequest {
  /** 验证码发送渠道类型 1-短信 3-邮件 */
  captcha_type: Int64Input;
  /** 扩展字段，格式为JSON字符串，用于传递“滚小球”等验证方式所需的额外入参，例如屏幕尺寸等，请参考示例 */
  extend_data?: string;
  /** 风险识别接口返回的信息口令 */
  info_token: string;
  /** 协议版本号 */
  protocol_version: string;
  /** 软token签名 */
  rsign?: string;
  /** 软token索引 */
  rtken_index?: string;
  /** UMID token */
  utoken: string;
}

/** Response of `alibaba.security.jaq.captcha.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqCaptchaSendResponse {
  /** 出参结构体 */
  data?: AlibabaSecurityJaqCaptchaSendJaqSendCaptchaResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `JaqSendCaptchaResult` of `alibaba.security.jaq.captcha.send`. */
export interface AlibabaSecurityJaqCaptchaSendJaqSendCaptchaResult {
  /** 扩展字段，格式为JSON字符串，由于出参“滚小球”等验证方式所需的额外出参，例如小球位置坐标等，请参考示例 */
  extend_data?: string;
  /** 安全验证前向化下发参数结构体 */
  jaq_dispatch_param?: AlibabaSecurityJaqCaptchaSendJaqDispatchParam;
  /** 验证发起请求是否调用成功（及状态），约定正值为成功，负值为失败 */
  send_status?: Int64;
  /** 验证码会话ID */
  session_id?: string;
}

/** `JaqDispatchParam` of `alibaba.security.jaq.captcha.send`. */
export interface AlibabaSecurityJaqCaptchaSendJaqDispatchParam {
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
    send_status: 'Number',
    session_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.captcha.send`: method, response root, request and response schemas. */
export const alibabaSecurityJaqCaptchaSendOperation = {
  method: 'alibaba.security.jaq.captcha.send',
  responseRoot: 'alibaba_security_jaq_captcha_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚安全安全验证发起接口 — calls TOP method `alibaba.security.jaq.captcha.send`.
 *
 * 聚安全安全验证发起
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqCaptchaSend(
  client: TopClient,
  request: AlibabaSecurityJaqCaptchaSendRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqCaptchaSendResponse> {
  return client.call<AlibabaSecurityJaqCaptchaSendResponse>(
    {
      method: 'alibaba.security.jaq.captcha.send',
      responseRoot: 'alibaba_security_jaq_captcha_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
