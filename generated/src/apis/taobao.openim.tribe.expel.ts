// Generated from specs/openim/taobao.openim.tribe.expel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.tribe.expel` (OPENIM群踢出成员). */
export interface TaobaoOpenimTribeExpelRequest {
  /** 用户信息 */
  user: TaobaoOpenimTribeExpelOpenImUserInput;
  /** 群id */
  tribe_id: Int64Input;
  /** 用户信息 */
  member: TaobaoOpenimTribeExpelOpenImUserInput;
}

/** Response of `taobao.openim.tribe.expel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimTribeExpelResponse {
  /** 群服务code */
  tribe_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenImUser` of `taobao.openim.tribe.expel`. */
export interface TaobaoOpenimTribeExpelOpenImUserInput {
  /** 用户id */
  uid: string;
  /** 是否为淘宝账号 */
  taobao_account?: boolean;
  /** 账户appkey */
  app_key: string;
}

const REQUEST_SCHEMA = {
  user: {
    uid: 'String',
    taobao_account: 'Boolean',
    app_key: 'String',
  },
  tribe_id: 'Number',
  member: {
    uid: 'String',
    taobao_account: 'Boolean',
    app_key: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tribe_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openim.tribe.expel`: method, response root, request and response schemas. */
export const taobaoOpenimTribeExpelOperation = {
  method: 'taobao.openim.tribe.expel',
  responseRoot: 'openim_tribe_expel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * OPENIM群踢出成员 — calls TOP method `taobao.openim.tribe.expel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimTribeExpel(
  client: TopClient,
  request: TaobaoOpenimTribeExpelRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimTribeExpelResponse> {
  return client.call<TaobaoOpenimTribeExpelResponse>(
    {
      method: 'taobao.openim.tribe.expel',
      responseRoot: 'openim_tribe_expel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
