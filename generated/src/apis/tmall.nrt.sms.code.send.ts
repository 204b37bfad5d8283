// Generated from specs/nrt/tmall.nrt.sms.code.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.sms.code.send` (喵零发送短信). */
export interface TmallNrtSmsCodeSendRequest {
  /** 手机号 */
  phone: string;
  /** 业务身份 */
  biz_code: string;
  /** 1:喵零入会验证码 */
  type: string;
  /** 短信参数 */
  sms_param: string;
}

/** Response of `tmall.nrt.sms.code.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtSmsCodeSendResponse {
  /** 返回数据对象 */
  data?: TmallNrtSmsCodeSendNrtSmsDTO;
  /** 错误码 */
  result_code?: string;
  /** 请求成功与否 */
  succ?: string;
  /** 系统异常 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrtSmsDTO` of `tmall.nrt.sms.code.send`. */
export interface TmallNrtSmsCodeSendNrtSmsDTO {
  /** 短信验证码 */
  sms_code?: string;
}

const REQUEST_SCHEMA = {
  phone: 'String',
  biz_code: 'String',
  type: 'String',
  sms_param: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    sms_code: 'String',
  },
  result_code: 'String',
  succ: 'String',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.sms.code.send`: method, response root, request and response schemas. */
export const tmallNrtSmsCodeSendOperation = {
  method: 'tmall.nrt.sms.code.send',
  responseRoot: 'tmall_nrt_sms_code_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 喵零发送短信 — calls TOP method `tmall.nrt.sms.code.send`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtSmsCodeSend(
  client: TopClient,
  request: TmallNrtSmsCodeSendRequest,
  options?: CallOptions,
): Promise<TmallNrtSmsCodeSendResponse> {
  return client.call<TmallNrtSmsCodeSendResponse>(
    {
      method: 'tmall.nrt.sms.code.send',
      responseRoot: 'tmall_nrt_sms_code_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
