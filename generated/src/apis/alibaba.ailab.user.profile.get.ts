// Generated from specs/alilabs/alibaba.ailab.user.profile.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailab.user.profile.get` (查询用户信息). */
export interface AlibabaAilabUserProfileGetRequest {
  /** open uid */
  open_uid: string;
  /** client id */
  client_id: string;
}

/** Response of `alibaba.ailab.user.profile.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabUserProfileGetResponse {
  /** 接口model */
  result?: AlibabaAilabUserProfileGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ailab.user.profile.get`. */
export interface AlibabaAilabUserProfileGetResult {
  /** 数据model */
  result?: AlibabaAilabUserProfileGetBasicUserInfo;
  /** message */
  message?: string;
  /** 200 成功，其他 失败 */
  status_code?: Int64;
}

/** `BasicUserInfo` of `alibaba.ailab.user.profile.get`. */
export interface AlibabaAilabUserProfileGetBasicUserInfo {
  /** 头像 url */
  avatar_url?: string;
  /** 昵称 */
  nick_name?: string;
}

const REQUEST_SCHEMA = {
  open_uid: 'String',
  client_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: {
      avatar_url: 'String',
      nick_name: 'String',
    },
    message: 'String',
    status_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailab.user.profile.get`: method, response root, request and response schemas. */
export const alibabaAilabUserProfileGetOperation = {
  method: 'alibaba.ailab.user.profile.get',
  responseRoot: 'alibaba_ailab_user_profile_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询用户信息 — calls TOP method `alibaba.ailab.user.profile.get`.
 *
 * 提供天猫精灵用户头像、昵称的查询接口，供本田车载天猫精灵使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabUserProfileGet(
  client: TopClient,
  request: AlibabaAilabUserProfileGetRequest,
  options?: CallOptions,
): Promise<AlibabaAilabUserProfileGetResponse> {
  return client.call<AlibabaAilabUserProfileGetResponse>(
    {
      method: 'alibaba.ailab.user.profile.get',
      responseRoot: 'alibaba_ailab_user_profile_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
