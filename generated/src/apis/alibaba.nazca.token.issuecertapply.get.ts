// Generated from specs/nazca/alibaba.nazca.token.issuecertapply.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.nazca.token.issuecertapply.get` (根据token获取出证申请信息). */
export interface AlibabaNazcaTokenIssuecertapplyGetRequest {
  /** token */
  token?: string;
}

/** Response of `alibaba.nazca.token.issuecertapply.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNazcaTokenIssuecertapplyGetResponse {
  /** result */
  result?: AlibabaNazcaTokenIssuecertapplyGetActionResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActionResult` of `alibaba.nazca.token.issuecertapply.get`. */
export interface AlibabaNazcaTokenIssuecertapplyGetActionResult {
  /** error */
  error?: string;
  /** message */
  message?: string;
  /** retValue */
  ret_value?: AlibabaNazcaTokenIssuecertapplyGetIssueCertApplyDo;
  /** 错误信息 */
  sub_error_message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `IssueCertApplyDo` of `alibaba.nazca.token.issuecertapply.get`. */
export interface AlibabaNazcaTokenIssuecertapplyGetIssueCertApplyDo {
  /** 合同编号 */
  contract_num?: string;
  /** pageNum */
  page_num?: Int64;
  /** 客户在1688的唯一标识 */
  platform_user_id?: string;
  /** 页面跳转同步通知URL */
  return_url?: string;
  /** 角色 0：接收者 1：发送者 */
  send_receive?: Int64;
  /** 合同名称 */
  topic?: string;
}

const REQUEST_SCHEMA = {
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error: 'String',
    message: 'String',
    ret_value: {
      contract_num: 'String',
      page_num: 'Number',
      platform_user_id: 'String',
      return_url: 'String',
      send_receive: 'Number',
      topic: 'String',
    },
    sub_error_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.nazca.token.issuecertapply.get`: method, response root, request and response schemas. */
export const alibabaNazcaTokenIssuecertapplyGetOperation = {
  method: 'alibaba.nazca.token.issuecertapply.get',
  responseRoot: 'alibaba_nazca_token_issuecertapply_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据token获取出证申请信息 — calls TOP method `alibaba.nazca.token.issuecertapply.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNazcaTokenIssuecertapplyGet(
  client: TopClient,
  request: AlibabaNazcaTokenIssuecertapplyGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaNazcaTokenIssuecertapplyGetResponse> {
  return client.call<AlibabaNazcaTokenIssuecertapplyGetResponse>(
    {
      method: 'alibaba.nazca.token.issuecertapply.get',
      responseRoot: 'alibaba_nazca_token_issuecertapply_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
