// Generated from specs/cloudgame/alibaba.cgame.avatar.userbody.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.cgame.avatar.userbody.query` (用户Avatar body查询). */
export interface AlibabaCgameAvatarUserbodyQueryRequest {
  /** 查询数据所属用户的mixUserId */
  mix_user_id: string;
}

/** Response of `alibaba.cgame.avatar.userbody.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCgameAvatarUserbodyQueryResponse {
  /** 接口返回model */
  result?: AlibabaCgameAvatarUserbodyQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.cgame.avatar.userbody.query`. */
export interface AlibabaCgameAvatarUserbodyQueryResult {
  /** code */
  code?: string;
  /** 响应数据 */
  data?: AlibabaCgameAvatarUserbodyQueryData;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
}

/** `Data` of `alibaba.cgame.avatar.userbody.query`. */
export interface AlibabaCgameAvatarUserbodyQueryData {
  /** body traceID */
  trace_id?: string;
  /** 脸部数据 */
  face_data_json?: string;
  /** 性别， 1-male, 2-female */
  gender?: Int64;
  /** 请求唯一标识ID */
  request_id?: string;
  /** 用户mixUserId */
  mix_user_id?: string;
  /** 扩展数据 */
  ext_info?: string;
}

const REQUEST_SCHEMA = {
  mix_user_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      trace_id: 'String',
      face_data_json: 'String',
      gender: 'Number',
      request_id: 'String',
      mix_user_id: 'String',
      ext_info: 'String',
    },
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.cgame.avatar.userbody.query`: method, response root, request and response schemas. */
export const alibabaCgameAvatarUserbodyQueryOperation = {
  method: 'alibaba.cgame.avatar.userbody.query',
  responseRoot: 'alibaba_cgame_avatar_userbody_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户Avatar body查询 — calls TOP method `alibaba.cgame.avatar.userbody.query`.
 *
 * Avatar用户body数据查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCgameAvatarUserbodyQuery(
  client: TopClient,
  request: AlibabaCgameAvatarUserbodyQueryRequest,
  options?: CallOptions,
): Promise<AlibabaCgameAvatarUserbodyQueryResponse> {
  return client.call<AlibabaCgameAvatarUserbodyQueryResponse>(
    {
      method: 'alibaba.cgame.avatar.userbody.query',
      responseRoot: 'alibaba_cgame_avatar_userbody_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
