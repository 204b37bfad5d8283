// Generated from specs/nazca/alibaba.nazca.token.authapply.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.nazca.token.authapply.get` (根据token获取认证申请信息). */
export interface AlibabaNazcaTokenAuthapplyGetRequest {
  /** token */
  token?: string;
}

/** Response of `alibaba.nazca.token.authapply.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNazcaTokenAuthapplyGetResponse {
  /** result */
  result?: AlibabaNazcaTokenAuthapplyGetActionResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActionResult` of `alibaba.nazca.token.authapply.get`. */
export interface AlibabaNazcaTokenAuthapplyGetActionResult {
  /** error */
  error?: string;
  /** message */
  message?: string;
  /** retValue */
  ret_value?: AlibabaNazcaTokenAuthapplyGetAuthApplyDo;
  /** 错误信息 */
  sub_error_message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `AuthApplyDo` of `alibaba.nazca.token.authapply.get`. */
export interface AlibabaNazcaTokenAuthapplyGetAuthApplyDo {
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

/** Static description of `alibaba.nazca.token.authapply.get`: method, response root, request and response schemas. */
export const alibabaNazcaTokenAuthapplyGetOperation = {
  method: 'alibaba.nazca.token.authapply.get',
  responseRoot: 'alibaba_nazca_token_authapply_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据token获取认证申请信息 — calls TOP method `alibaba.nazca.token.authapply.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNazcaTokenAuthapplyGet(
  client: TopClient,
  request: AlibabaNazcaTokenAuthapplyGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaNazcaTokenAuthapplyGetResponse> {
  return client.call<AlibabaNazcaTokenAuthapplyGetResponse>(
    {
      method: 'alibaba.nazca.token.authapply.get',
      responseRoot: 'alibaba_nazca_token_authapply_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
