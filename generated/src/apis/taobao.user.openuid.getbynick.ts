// Generated from specs/tbuser/taobao.user.openuid.getbynick.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.user.openuid.getbynick` (根据买家nick获取买家openuid). */
export interface TaobaoUserOpenuidGetbynickRequest {
  /** 买家nick列表 */
  buyer_nicks: string;
}

/** Response of `taobao.user.openuid.getbynick`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUserOpenuidGetbynickResponse {
  /** 买家uid对象 */
  open_uids?: TaobaoUserOpenuidGetbynickOpenUidInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenUidInfo` of `taobao.user.openuid.getbynick`. */
export interface TaobaoUserOpenuidGetbynickOpenUidInfo {
  /** 买家openuid */
  buyer_open_uid?: string;
  /** 买家nick */
  buyer_nick?: string;
}

const REQUEST_SCHEMA = {
  buyer_nicks: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  open_uids: [
    {
      buyer_open_uid: 'String',
      buyer_nick: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.user.openuid.getbynick`: method, response root, request and response schemas. */
export const taobaoUserOpenuidGetbynickOperation = {
  method: 'taobao.user.openuid.getbynick',
  responseRoot: 'user_openuid_getbynick_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据买家nick获取买家openuid — calls TOP method `taobao.user.openuid.getbynick`.
 *
 * 根据买家nick获取买家openuid，最大查询30个
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUserOpenuidGetbynick(
  client: TopClient,
  request: TaobaoUserOpenuidGetbynickRequest,
  options?: CallOptions,
): Promise<TaobaoUserOpenuidGetbynickResponse> {
  return client.call<TaobaoUserOpenuidGetbynickResponse>(
    {
      method: 'taobao.user.openuid.getbynick',
      responseRoot: 'user_openuid_getbynick_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
