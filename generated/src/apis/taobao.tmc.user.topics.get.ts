// Generated from specs/tmc/taobao.tmc.user.topics.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tmc.user.topics.get` (获取用户开通的topic列表). */
export interface TaobaoTmcUserTopicsGetRequest {
  /** 卖家nick */
  nick?: string;
}

/** Response of `taobao.tmc.user.topics.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTmcUserTopicsGetResponse {
  /** 错误信息 */
  result_message?: string;
  /** topic列表 */
  topics?: string[];
  /** 错误码 */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_message: 'String',
  topics: ['String'],
  result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tmc.user.topics.get`: method, response root, request and response schemas. */
export const taobaoTmcUserTopicsGetOperation = {
  method: 'taobao.tmc.user.topics.get',
  responseRoot: 'tmc_user_topics_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取用户开通的topic列表 — calls TOP method `taobao.tmc.user.topics.get`.
 *
 * 获取用户开通的topic列表，授权消息使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTmcUserTopicsGet(
  client: TopClient,
  request: TaobaoTmcUserTopicsGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoTmcUserTopicsGetResponse> {
  return client.call<TaobaoTmcUserTopicsGetResponse>(
    {
      method: 'taobao.tmc.user.topics.get',
      responseRoot: 'tmc_user_topics_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
