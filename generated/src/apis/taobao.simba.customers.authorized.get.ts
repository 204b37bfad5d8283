// Generated from specs/simba/taobao.simba.customers.authorized.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.customers.authorized.get` (取得当前登录用户的授权账户列表). */
export interface TaobaoSimbaCustomersAuthorizedGetRequest {}

/** Response of `taobao.simba.customers.authorized.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaCustomersAuthorizedGetResponse {
  /** 授权当前登录账户为代理账户的昵称列表 */
  nicks?: string[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  nicks: ['String'],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.customers.authorized.get`: method, response root, request and response schemas. */
export const taobaoSimbaCustomersAuthorizedGetOperation = {
  method: 'taobao.simba.customers.authorized.get',
  responseRoot: 'simba_customers_authorized_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取得当前登录用户的授权账户列表 — calls TOP method `taobao.simba.customers.authorized.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaCustomersAuthorizedGet(
  client: TopClient,
  request: TaobaoSimbaCustomersAuthorizedGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoSimbaCustomersAuthorizedGetResponse> {
  return client.call<TaobaoSimbaCustomersAuthorizedGetResponse>(
    {
      method: 'taobao.simba.customers.authorized.get',
      responseRoot: 'simba_customers_authorized_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
