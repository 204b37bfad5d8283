// Generated from specs/util/taobao.top.auth.token.refresh.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.top.auth.token.refresh` (刷新Access Token). */
export interface TaobaoTopAuthTokenRefreshRequest {
  /** grantType==refresh_token 时需要 */
  refresh_token: string;
}

/** Response of `taobao.top.auth.token.refresh`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTopAuthTokenRefreshResponse {
  /** 返回的是json信息 */
  token_result?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  refresh_token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  token_result: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `taobao.top.auth.token.refresh`: method, response root, request and response schemas. */
export const taobaoTopAuthTokenRefreshOperation = {
  method: 'taobao.top.auth.token.refresh',
  responseRoot: 'top_auth_token_refresh_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 刷新Access Token — calls TOP method `taobao.top.auth.token.refresh`.
 *
 * 根据refresh_token重新生成token，目前只有服务市场订购类应用可以刷新token，其他类型应用（如商家后台）使用固定时长token，不提供刷新功能。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTopAuthTokenRefresh(
  client: TopClient,
  request: TaobaoTopAuthTokenRefreshRequest,
  options?: CallOptions,
): Promise<TaobaoTopAuthTokenRefreshResponse> {
  return client.call<TaobaoTopAuthTokenRefreshResponse>(
    {
      method: 'taobao.top.auth.token.refresh',
      responseRoot: 'top_auth_token_refresh_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
