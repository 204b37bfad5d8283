// Generated from specs/nazca/alibaba.nazca.auth.issueauthapply.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.nazca.auth.issueauthapply.callback` (出证申请回调). */
export interface AlibabaNazcaAuthIssueauthapplyCallbackRequest {
  /** 合同编号 */
  contract_num?: string;
  /** 出证机构 */
  issue_org?: string;
  /** 客户在1688的唯一标识 */
  platform_user_id?: string;
  /** 出证报告下载地址 */
  report_url?: string;
  /** 出证状态 */
  status?: string;
}

/** Response of `alibaba.nazca.auth.issueauthapply.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNazcaAuthIssueauthapplyCallbackResponse {
  /** result */
  result?: AlibabaNazcaAuthIssueauthapplyCallbackActionResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActionResult` of `alibaba.nazca.auth.issueauthapply.callback`. */
export interface AlibabaNazcaAuthIssueauthapplyCallbackActionResult {
  /** error */
  error?: string;
  /** message */
  message?: string;
  /** retValue */
  ret_value?: AlibabaNazcaAuthIssueauthapplyCallbackIssueAuthCallBackDo;
  /** 错误信息 */
  sub_error_message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `IssueAuthCallBackDo` of `alibaba.nazca.auth.issueauthapply.callback`. */
export interface AlibabaNazcaAuthIssueauthapplyCallbackIssueAuthCallBackDo {
  /** 合同编号 */
  contract_num?: string;
  /** 出证机构 */
  issue_org?: string;
  /** 客户在1688的唯一标识 */
  platform_user_id?: string;
  /** 出证报告下载地址 */
  report_url?: string;
  /** 出证状态 0：出证中；1：出证成功 */
  status?: string;
}

const REQUEST_SCHEMA = {
  contract_num: 'String',
  issue_org: 'String',
  platform_user_id: 'String',
  report_url: 'String',
  status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error: 'String',
    message: 'String',
    ret_value: {
      contract_num: 'String',
      issue_org: 'String',
      platform_user_id: 'String',
      report_url: 'String',
      status: 'String',
    },
    sub_error_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.nazca.auth.issueauthapply.callback`: method, response root, request and response schemas. */
export const alibabaNazcaAuthIssueauthapplyCallbackOperation = {
  method: 'alibaba.nazca.auth.issueauthapply.callback',
  responseRoot: 'alibaba_nazca_auth_issueauthapply_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 出证申请回调 — calls TOP method `alibaba.nazca.auth.issueauthapply.callback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNazcaAuthIssueauthapplyCallback(
  client: TopClient,
  request: AlibabaNazcaAuthIssueauthapplyCallbackRequest = {},
  options?: CallOptions,
): Promise<AlibabaNazcaAuthIssueauthapplyCallbackResponse> {
  return client.call<AlibabaNazcaAuthIssueauthapplyCallbackResponse>(
    {
      method: 'alibaba.nazca.auth.issueauthapply.callback',
      responseRoot: 'alibaba_nazca_auth_issueauthapply_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
