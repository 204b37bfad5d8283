// Generated from specs/nazca/alibaba.nazca.token.filesecret.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.nazca.token.filesecret.get` (获取文件秘钥). */
export interface AlibabaNazcaTokenFilesecretGetRequest {
  /** 客户在1688的唯一标识 */
  platform_user_id?: string;
  /** 合同编号 */
  contract_num?: string;
}

/** Response of `alibaba.nazca.token.filesecret.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNazcaTokenFilesecretGetResponse {
  /** error */
  error?: string;
  /** message */
  message?: string;
  /** 文件秘钥 */
  ret_value?: string;
  /** 错误信息 */
  sub_error_message?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  platform_user_id: 'String',
  contract_num: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error: 'String',
  message: 'String',
  ret_value: 'String',
  sub_error_message: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.nazca.token.filesecret.get`: method, response root, request and response schemas. */
export const alibabaNazcaTokenFilesecretGetOperation = {
  method: 'alibaba.nazca.token.filesecret.get',
  responseRoot: 'alibaba_nazca_token_filesecret_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取文件秘钥 — calls TOP method `alibaba.nazca.token.filesecret.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNazcaTokenFilesecretGet(
  client: TopClient,
  request: AlibabaNazcaTokenFilesecretGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaNazcaTokenFilesecretGetResponse> {
  return client.call<AlibabaNazcaTokenFilesecretGetResponse>(
    {
      method: 'alibaba.nazca.token.filesecret.get',
      responseRoot: 'alibaba_nazca_token_filesecret_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
