// Generated from specs/openim/taobao.openim.tribe.invite.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.tribe.invite` (OPENIM群邀请加入). */
export interface TaobaoOpenimTribeInviteRequest {
  /** 群id */
  tribe_id: Int64Input;
  /**
   * 用户信息
   *
   * Max list size: 1000
   */
  members: TaobaoOpenimTribeInviteOpenImUserInput[];
  /** 用户信息 */
  user: TaobaoOpenimTribeInviteOpenImUserInput;
}

/** Response of `taobao.openim.tribe.invite`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimTribeInviteResponse {
  /** 群服务code */
  tribe_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenImUser` of `taobao.openim.tribe.invite`. */
export interface TaobaoOpenimTribeInviteOpenImUserInput {
  /** 用户id */
  uid: string;
  /** 是否为淘宝账号 */
  taobao_account?: boolean;
  /** 账户appkey */
  app_key: string;
}

const REQUEST_SCHEMA = {
  tribe_id: 'Number',
  members: [
    {
      uid: 'String',
      taobao_account: 'Boolean',
      app_key: 'String',
    },
  ],
  user: {
    uid: 'String',
    taobao_account: 'Boolean',
    app_key: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tribe_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openim.tribe.invite`: method, response root, request and response schemas. */
export const taobaoOpenimTribeInviteOperation = {
  method: 'taobao.openim.tribe.invite',
  responseRoot: 'openim_tribe_invite_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * OPENIM群邀请加入 — calls TOP method `taobao.openim.tribe.invite`.
 *
 * OPENIM群邀请加入接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimTribeInvite(
  client: TopClient,
  request: TaobaoOpenimTribeInviteRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimTribeInviteResponse> {
  return client.call<TaobaoOpenimTribeInviteResponse>(
    {
      method: 'taobao.openim.tribe.invite',
      responseRoot: 'openim_tribe_invite_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
