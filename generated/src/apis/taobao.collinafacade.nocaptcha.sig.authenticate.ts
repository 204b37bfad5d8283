// Generated from specs/antifraud/taobao.collinafacade.nocaptcha.sig.authenticate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.collinafacade.nocaptcha.sig.authenticate` (人机识别). */
export interface TaobaoCollinafacadeNocaptchaSigAuthenticateRequest {
  /** 签名串校验接口入参 */
  sig_authenticate_context: TaobaoCollinafacadeNocaptchaSigAuthenticateSigAuthenticateContextInput;
}

/** Response of `taobao.collinafacade.nocaptcha.sig.authenticate`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCollinafacadeNocaptchaSigAuthenticateResponse {
  /** 服务出参 */
  ret?: Int64;
  /** 返回authenticateResult */
  ret_detail?: TaobaoCollinafacadeNocaptchaSigAuthenticateSigAuthenticateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SigAuthenticateContext` of `taobao.collinafacade.nocaptcha.sig.authenticate`. */
export interface TaobaoCollinafacadeNocaptchaSigAuthenticateSigAuthenticateContextInput {
  /** 接入密码 */
  access_key: string;
  /** 接入应用标识 */
  app_key: string;
  /** 接入应用采集到的最终用户ip */
  remote_ip: string;
  /** collinaface JS分配的会话id */
  session_id: string;
  /** 签名串 */
  sig: string;
  /** 会话标识,由sip提供的tokenutil工具类生成 */
  token: string;
}

/** `SigAuthenticateResult` of `taobao.collinafacade.nocaptcha.sig.authenticate`. */
export interface TaobaoCollinafacadeNocaptchaSigAuthenticateSigAuthenticateResult {
  /** 100 验证通过 验证通过 200 服务器故障,此时ResultWrapper的success=false 服务自身正确识别的服务器故障行为，请视同验证通过处理 900 验证不通过 预留9XX做为扩展，901:NOPASS_USER_APP，应用方传入参数有误,如appkey与access_key不匹配等 */
  code?: string;
  /** 错误描述消息 */
  msg?: string;
  /** 签名串生成的毫秒值(System.currentTimeMillis()).使用方自行判断此签名串是否已过期 */
  timestamp?: Int64;
  /** detail */
  detail?: string;
}

const REQUEST_SCHEMA = {
  sig_authenticate_context: {
    access_key: 'String',
    app_key: 'String',
    remote_ip: 'String',
    session_id: 'String',
    sig: 'String',
    token: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret: 'Number',
  ret_detail: {
    code: 'String',
    msg: 'String',
    timestamp: 'Number',
    detail: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.collinafacade.nocaptcha.sig.authenticate`: method, response root, request and response schemas. */
export const taobaoCollinafacadeNocaptchaSigAuthenticateOperation = {
  method: 'taobao.collinafacade.nocaptcha.sig.authenticate',
  responseRoot: 'collinafacade_nocaptcha_sig_authenticate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 人机识别 — calls TOP method `taobao.collinafacade.nocaptcha.sig.authenticate`.
 *
 * 人机识别颁发签名串后,本接口负责向ISV提供签名串校验服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCollinafacadeNocaptchaSigAuthenticate(
  client: TopClient,
  request: TaobaoCollinafacadeNocaptchaSigAuthenticateRequest,
  options?: CallOptions,
): Promise<TaobaoCollinafacadeNocaptchaSigAuthenticateResponse> {
  return client.call<TaobaoCollinafacadeNocaptchaSigAuthenticateResponse>(
    {
      method: 'taobao.collinafacade.nocaptcha.sig.authenticate',
      responseRoot: 'collinafacade_nocaptcha_sig_authenticate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
