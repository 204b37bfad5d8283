// Generated from specs/wdk/alibaba.tcls.ax.integration.account.import.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.ax.integration.account.import` (ISV用户录入). */
export interface AlibabaTclsAxIntegrationAccountImportRequest {
  /** isv编码 */
  client_id: string;
  /** 手机号 */
  mobile: string;
  /** 邮箱 */
  email: string;
  /** 用户名 */
  username: string;
}

/** Response of `alibaba.tcls.ax.integration.account.import`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAxIntegrationAccountImportResponse {
  /** 根据站点名称查询产品 */
  result?: AlibabaTclsAxIntegrationAccountImportApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiResult` of `alibaba.tcls.ax.integration.account.import`. */
export interface AlibabaTclsAxIntegrationAccountImportApiResult {
  /** 扩展信息 */
  ext?: string;
  /** 请求是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 导入结果 */
  model?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  client_id: 'String',
  mobile: 'String',
  email: 'String',
  username: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ext: 'String',
    success: 'Boolean',
    error_code: 'String',
    model: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.ax.integration.account.import`: method, response root, request and response schemas. */
export const alibabaTclsAxIntegrationAccountImportOperation = {
  method: 'alibaba.tcls.ax.integration.account.import',
  responseRoot: 'alibaba_tcls_ax_integration_account_import_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV用户录入 — calls TOP method `alibaba.tcls.ax.integration.account.import`.
 *
 * ISV的用户录入翱象
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAxIntegrationAccountImport(
  client: TopClient,
  request: AlibabaTclsAxIntegrationAccountImportRequest,
  options?: CallOptions,
): Promise<AlibabaTclsAxIntegrationAccountImportResponse> {
  return client.call<AlibabaTclsAxIntegrationAccountImportResponse>(
    {
      method: 'alibaba.tcls.ax.integration.account.import',
      responseRoot: 'alibaba_tcls_ax_integration_account_import_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
