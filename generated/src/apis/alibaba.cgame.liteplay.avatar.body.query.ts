// Generated from specs/cloudgame/alibaba.cgame.liteplay.avatar.body.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.cgame.liteplay.avatar.body.query` (新氢玩Avatar脸部装扮数据查询). */
export interface AlibabaCgameLiteplayAvatarBodyQueryRequest {
  /** 请求入参 */
  request_dto?: AlibabaCgameLiteplayAvatarBodyQueryTopQueryUserBodyDressRequestInput;
}

/** Response of `alibaba.cgame.liteplay.avatar.body.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCgameLiteplayAvatarBodyQueryResponse {
  /** 接口返回model */
  result?: AlibabaCgameLiteplayAvatarBodyQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopQueryUserBodyDressRequest` of `alibaba.cgame.liteplay.avatar.body.query`. */
export interface AlibabaCgameLiteplayAvatarBodyQueryTopQueryUserBodyDressRequestInput {
  /** 云游戏MixUserId */
  mix_user_id: string;
  /** API版本号, 可选 */
  version?: string;
}

/** `Result` of `alibaba.cgame.liteplay.avatar.body.query`. */
export interface AlibabaCgameLiteplayAvatarBodyQueryResult {
  /** code */
  code?: string;
  /** 返回数据体 */
  data?: AlibabaCgameLiteplayAvatarBodyQueryTopAvatarBodyDTO;
  /** message */
  message?: string;
}

/** `TopAvatarBodyDTO` of `alibaba.cgame.liteplay.avatar.body.query`. */
export interface AlibabaCgameLiteplayAvatarBodyQueryTopAvatarBodyDTO {
  /** 装扮traceId */
  trace_id?: string;
  /** 装扮数据 */
  face_data_json?: string;
  /** 头像icons */
  avatar_icons?: string[];
  /** 形象性别 1-男, 2-女 */
  gender?: Int64;
  /** top请求id */
  request_id?: string;
  /** 云游戏mixUserId */
  mix_user_id?: string;
  /** 扩展数据 */
  ext_info?: string;
}

const REQUEST_SCHEMA = {
  request_dto: {
    mix_user_id: 'String',
    version: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      trace_id: 'String',
      face_data_json: 'String',
      avatar_icons: ['String'],
      gender: 'Number',
      request_id: 'String',
      mix_user_id: 'String',
      ext_info: 'String',
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.cgame.liteplay.avatar.body.query`: method, response root, request and response schemas. */
export const alibabaCgameLiteplayAvatarBodyQueryOperation = {
  method: 'alibaba.cgame.liteplay.avatar.body.query',
  responseRoot: 'alibaba_cgame_liteplay_avatar_body_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新氢玩Avatar脸部装扮数据查询 — calls TOP method `alibaba.cgame.liteplay.avatar.body.query`.
 *
 * 云游戏, 新氢玩, 围观互动,自研游戏包, 需要查询Avatar虚拟形象捏脸和装扮数据, 用来初始化游戏包形象.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCgameLiteplayAvatarBodyQuery(
  client: TopClient,
  request: AlibabaCgameLiteplayAvatarBodyQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaCgameLiteplayAvatarBodyQueryResponse> {
  return client.call<AlibabaCgameLiteplayAvatarBodyQueryResponse>(
    {
      method: 'alibaba.cgame.liteplay.avatar.body.query',
      responseRoot: 'alibaba_cgame_liteplay_avatar_body_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
