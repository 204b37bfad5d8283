// Generated from specs/cloudgame/alibaba.cloudgame.openid.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.cloudgame.openid.query` (咖哒用户ID查询). */
export interface AlibabaCloudgameOpenidQueryRequest {
  /** 入参model */
  request_param?: AlibabaCloudgameOpenidQueryHavanaUserIdQueryRequestInput;
}

/** Response of `alibaba.cloudgame.openid.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCloudgameOpenidQueryResponse {
  /** 接口返回model */
  result?: AlibabaCloudgameOpenidQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HavanaUserIdQueryRequest` of `alibaba.cloudgame.openid.query`. */
export interface AlibabaCloudgameOpenidQueryHavanaUserIdQueryRequestInput {
  /** API名称 */
  action?: string;
  /** 前端APPKEY */
  front_app_key?: string;
  /** 登录态token */
  account_token?: string;
  /** 版本号 */
  version?: Int64Input;
}

/** `Result` of `alibaba.cloudgame.openid.query`. */
export interface AlibabaCloudgameOpenidQueryResult {
  /** 结果码 */
  code?: string;
  /** 返回数据 */
  data?: AlibabaCloudgameOpenidQueryHavanaUserIdQueryResponseVo;
  /** 结果码描述 */
  message?: string;
}

/** `HavanaUserIdQueryResponseVo` of `alibaba.cloudgame.openid.query`. */
export interface AlibabaCloudgameOpenidQueryHavanaUserIdQueryResponseVo {
  /** 缓存时间 */
  ttl?: Int64;
  /** 账号状态 */
  session_state?: Int64;
  /** 账号域 */
  account_domain?: Int64;
  /** 账号id */
  account_id?: string;
}

const REQUEST_SCHEMA = {
  request_param: {
    action: 'String',
    front_app_key: 'String',
    account_token: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      ttl: 'Number',
      session_state: 'Number',
      account_domain: 'Number',
      account_id: 'String',
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.cloudgame.openid.query`: method, response root, request and response schemas. */
export const alibabaCloudgameOpenidQueryOperation = {
  method: 'alibaba.cloudgame.openid.query',
  responseRoot: 'alibaba_cloudgame_openid_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 咖哒用户ID查询 — calls TOP method `alibaba.cloudgame.openid.query`.
 *
 * 云游戏业务需要提供查询用户信息的TOP能力
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCloudgameOpenidQuery(
  client: TopClient,
  request: AlibabaCloudgameOpenidQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaCloudgameOpenidQueryResponse> {
  return client.call<AlibabaCloudgameOpenidQueryResponse>(
    {
      method: 'alibaba.cloudgame.openid.query',
      responseRoot: 'alibaba_cloudgame_openid_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
