// Generated from specs/nazca/alibaba.nazca.token.changeauthapply.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.nazca.token.changeauthapply.get` (根据token获取变更认证申请信息). */
export interface AlibabaNazcaTokenChangeauthapplyGetRequest {
  /** token */
  token?: string;
}

/** Response of `alibaba.nazca.token.changeauthapply.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNazcaTokenChangeauthapplyGetResponse {
  /** result */
  result?: AlibabaNazcaTokenChangeauthapplyGetActionResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActionResult` of `alibaba.nazca.token.changeauthapply.get`. */
export interface AlibabaNazcaTokenChangeauthapplyGetActionResult {
  /** error */
  error?: string;
  /** message */
  message?: string;
  /** retValue */
  ret_value?: AlibabaNazcaTokenChangeauthapplyGetChangeAuthApplyDo;
  /** 错误信息 */
  sub_error_message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `ChangeAuthApplyDo` of `alibaba.nazca.token.changeauthapply.get`. */
export interface AlibabaNazcaTokenChangeauthapplyGetChangeAuthApplyDo {
  /** 是否认证 */
  autherized?: boolean;
  /** 企业名称 */
  enterprise_name?: string;
  /** 营业执照号 */
  license?: string;
  /** 组织机构代码 */
  organization?: string;
  /** 客户在1688的唯一标识 */
  platform_user_id?: string;
  /** 页面跳转同步通知URL */
  return_url?: string;
  /** 认证状态 */
  status?: string;
  /** 统一社会信用代码 */
  three_cert_number?: string;
  /** 证件类型 1：旧版三证 2：新版三证合一 */
  type?: Int64;
}

const REQUEST_SCHEMA = {
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error: 'String',
    message: 'String',
    ret_value: {
      autherized: 'Boolean',
      enterprise_name: 'String',
      license: 'String',
      organization: 'String',
      platform_user_id: 'String',
      return_url: 'String',
      status: 'String',
      three_cert_number: 'String',
      type: 'Number',
    },
    sub_error_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.nazca.token.changeauthapply.get`: method, response root, request and response schemas. */
export const alibabaNazcaTokenChangeauthapplyGetOperation = {
  method: 'alibaba.nazca.token.changeauthapply.get',
  responseRoot: 'alibaba_nazca_token_changeauthapply_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据token获取变更认证申请信息 — calls TOP method `alibaba.nazca.token.changeauthapply.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNazcaTokenChangeauthapplyGet(
  client: TopClient,
  request: AlibabaNazcaTokenChangeauthapplyGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaNazcaTokenChangeauthapplyGetResponse> {
  return client.call<AlibabaNazcaTokenChangeauthapplyGetResponse>(
    {
      method: 'alibaba.nazca.token.changeauthapply.get',
      responseRoot: 'alibaba_nazca_token_changeauthapply_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
