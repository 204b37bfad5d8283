// Generated from specs/charity/alibaba.value.user.getid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.value.user.getid` (获取用户userId). */
export interface AlibabaValueUserGetidRequest {
  /** 登录凭证 */
  auth_code?: string;
  /** 渠道编码 */
  channel_code?: string;
}

/** Response of `alibaba.value.user.getid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaValueUserGetidResponse {
  /** 错误信息 */
  resp_msg?: string;
  /** 错误码 */
  resp_code?: Int64;
  /** 用户渠道开放信息 */
  data?: AlibabaValueUserGetidUserChannelOpenDTO;
  /** 成功状态 */
  success_status?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UserChannelOpenDTO` of `alibaba.value.user.getid`. */
export interface AlibabaValueUserGetidUserChannelOpenDTO {
  /** 用户开放标识 */
  open_id?: string;
}

const REQUEST_SCHEMA = {
  auth_code: 'String',
  channel_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_msg: 'String',
  resp_code: 'Number',
  data: {
    open_id: 'String',
  },
  success_status: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.value.user.getid`: method, response root, request and response schemas. */
export const alibabaValueUserGetidOperation = {
  method: 'alibaba.value.user.getid',
  responseRoot: 'alibaba_value_user_getid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取用户userId — calls TOP method `alibaba.value.user.getid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaValueUserGetid(
  client: TopClient,
  request: AlibabaValueUserGetidRequest = {},
  options?: CallOptions,
): Promise<AlibabaValueUserGetidResponse> {
  return client.call<AlibabaValueUserGetidResponse>(
    {
      method: 'alibaba.value.user.getid',
      responseRoot: 'alibaba_value_user_getid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
