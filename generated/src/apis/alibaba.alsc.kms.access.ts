// Generated from specs/alsc/alibaba.alsc.kms.access.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.kms.access` (本地生活风控数据接入). */
export interface AlibabaAlscKmsAccessRequest {
  /** 接入参数 */
  requestdata?: string;
}

/** Response of `alibaba.alsc.kms.access`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscKmsAccessResponse {
  /** code */
  resultcode?: string;
  /** 是否成功 */
  resultsuccess?: boolean;
  /** message */
  resultmessage?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  requestdata: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resultcode: 'String',
  resultsuccess: 'Boolean',
  resultmessage: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.kms.access`: method, response root, request and response schemas. */
export const alibabaAlscKmsAccessOperation = {
  method: 'alibaba.alsc.kms.access',
  responseRoot: 'alibaba_alsc_kms_access_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 本地生活风控数据接入 — calls TOP method `alibaba.alsc.kms.access`.
 *
 * 第三方使用本地生活数据对外提供服务，上报访问日志信息接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscKmsAccess(
  client: TopClient,
  request: AlibabaAlscKmsAccessRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscKmsAccessResponse> {
  return client.call<AlibabaAlscKmsAccessResponse>(
    {
      method: 'alibaba.alsc.kms.access',
      responseRoot: 'alibaba_alsc_kms_access_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
