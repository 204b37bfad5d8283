// Generated from specs/alilabs/alibaba.ailab.user.authorized.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailab.user.authorized.query` (查询授权状态接口). */
export interface AlibabaAilabUserAuthorizedQueryRequest {
  /** 开放平台申请的schema */
  schema_key?: string;
  /** 三方用户的唯一ID */
  merchant_user_id?: string;
}

/** Response of `alibaba.ailab.user.authorized.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabUserAuthorizedQueryResponse {
  /** 200 成功，其他失败 */
  status_code?: Int64;
  /** 是否已授权 */
  result?: boolean;
  /** message */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  schema_key: 'String',
  merchant_user_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  status_code: 'Number',
  result: 'Boolean',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailab.user.authorized.query`: method, response root, request and response schemas. */
export const alibabaAilabUserAuthorizedQueryOperation = {
  method: 'alibaba.ailab.user.authorized.query',
  responseRoot: 'alibaba_ailab_user_authorized_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询授权状态接口 — calls TOP method `alibaba.ailab.user.authorized.query`.
 *
 * 查询三方用户授权状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabUserAuthorizedQuery(
  client: TopClient,
  request: AlibabaAilabUserAuthorizedQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabUserAuthorizedQueryResponse> {
  return client.call<AlibabaAilabUserAuthorizedQueryResponse>(
    {
      method: 'alibaba.ailab.user.authorized.query',
      responseRoot: 'alibaba_ailab_user_authorized_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
