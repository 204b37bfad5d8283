// Generated from specs/nazca/alibaba.nazca.auth.changeauthapply.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.nazca.auth.changeauthapply.callback` (变更认证回调). */
export interface AlibabaNazcaAuthChangeauthapplyCallbackRequest {
  /** 变更认证回调参数 */
  param_change_auth_call_back_do?: AlibabaNazcaAuthChangeauthapplyCallbackChangeAuthCallBackDoInput;
}

/** Response of `alibaba.nazca.auth.changeauthapply.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNazcaAuthChangeauthapplyCallbackResponse {
  /** result */
  result?: AlibabaNazcaAuthChangeauthapplyCallbackActionResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ChangeAuthCallBackDo` of `alibaba.nazca.auth.changeauthapply.callback`. */
export interface AlibabaNazcaAuthChangeauthapplyCallbackChangeAuthCallBackDoInput {
  /** 身份证号 */
  id?: string;
  /** 支付宝账号 */
  alipay_account?: string;
  /** 邮箱 */
  email?: string;
  /** 姓名 */
  person_name?: string;
  /** 客户在1688的唯一标识 */
  platform_user_id?: string;
  /** 认证状态 */
  status?: string;
  /** 联系手机 */
  telphone?: string;
}

/** `ActionResult` of `alibaba.nazca.auth.changeauthapply.callback`. */
export interface AlibabaNazcaAuthChangeauthapplyCallbackActionResult {
  /** error */
  error?: string;
  /** message */
  message?: string;
  /** retValue */
  ret_value?: AlibabaNazcaAuthChangeauthapplyCallbackChangeAuthCallBackDo;
  /** 错误信息 */
  sub_error_message?: string;
  /** 成功状态 */
  success?: boolean;
}

/** `ChangeAuthCallBackDo` of `alibaba.nazca.auth.changeauthapply.callback`. */
export interface AlibabaNazcaAuthChangeauthapplyCallbackChangeAuthCallBackDo {
  /** 身份证号 */
  id?: string;
  /** 支付宝账号 */
  alipay_account?: string;
  /** 邮箱 */
  email?: string;
  /** 姓名 */
  person_name?: string;
  /** 客户在1688的唯一标识 */
  platform_user_id?: string;
  /** 认证状态 */
  status?: string;
  /** 联系手机 */
  telphone?: string;
}

const REQUEST_SCHEMA = {
  param_change_auth_call_back_do: {
    id: 'String',
    alipay_account: 'String',
    email: 'String',
    person_name: 'String',
    platform_user_id: 'String',
    status: 'String',
    telphone: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error: 'String',
    message: 'String',
    ret_value: {
      id: 'String',
      alipay_account: 'String',
      email: 'String',
      person_name: 'String',
      platform_user_id: 'String',
      status: 'String',
      telphone: 'String',
    },
    sub_error_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.nazca.auth.changeauthapply.callback`: method, response root, request and response schemas. */
export const alibabaNazcaAuthChangeauthapplyCallbackOperation = {
  method: 'alibaba.nazca.auth.changeauthapply.callback',
  responseRoot: 'alibaba_nazca_auth_changeauthapply_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 变更认证回调 — calls TOP method `alibaba.nazca.auth.changeauthapply.callback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNazcaAuthChangeauthapplyCallback(
  client: TopClient,
  request: AlibabaNazcaAuthChangeauthapplyCallbackRequest = {},
  options?: CallOptions,
): Promise<AlibabaNazcaAuthChangeauthapplyCallbackResponse> {
  return client.call<AlibabaNazcaAuthChangeauthapplyCallbackResponse>(
    {
      method: 'alibaba.nazca.auth.changeauthapply.callback',
      responseRoot: 'alibaba_nazca_auth_changeauthapply_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
