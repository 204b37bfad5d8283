// Generated from specs/alilabs/alibaba.ailab.user.open.uid.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailab.user.open.uid.get` (access token 获取精灵用户 id). */
export interface AlibabaAilabUserOpenUidGetRequest {
  /** access token */
  skill_access_token: string;
  /** skill id */
  skill_id: Int64Input;
}

/** Response of `alibaba.ailab.user.open.uid.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabUserOpenUidGetResponse {
  /** 详细信息 */
  message?: string;
  /** user id */
  result?: string;
  /** 状态码，200 成功，其他失败 */
  status_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  skill_access_token: 'String',
  skill_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  result: 'String',
  status_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailab.user.open.uid.get`: method, response root, request and response schemas. */
export const alibabaAilabUserOpenUidGetOperation = {
  method: 'alibaba.ailab.user.open.uid.get',
  responseRoot: 'alibaba_ailab_user_open_uid_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * access token 获取精灵用户 id — calls TOP method `alibaba.ailab.user.open.uid.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabUserOpenUidGet(
  client: TopClient,
  request: AlibabaAilabUserOpenUidGetRequest,
  options?: CallOptions,
): Promise<AlibabaAilabUserOpenUidGetResponse> {
  return client.call<AlibabaAilabUserOpenUidGetResponse>(
    {
      method: 'alibaba.ailab.user.open.uid.get',
      responseRoot: 'alibaba_ailab_user_open_uid_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
