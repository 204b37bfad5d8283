// Generated from specs/openim/taobao.openim.tribe.quit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.tribe.quit` (OPENIM群成员退出). */
export interface TaobaoOpenimTribeQuitRequest {
  /** 用户信息 */
  user: TaobaoOpenimTribeQuitOpenImUserInput;
  /** 群id */
  tribe_id: Int64Input;
}

/** Response of `taobao.openim.tribe.quit`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimTribeQuitResponse {
  /** 群服务code */
  tribe_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenImUser` of `taobao.openim.tribe.quit`. */
export interface TaobaoOpenimTribeQuitOpenImUserInput {
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
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tribe_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openim.tribe.quit`: method, response root, request and response schemas. */
export const taobaoOpenimTribeQuitOperation = {
  method: 'taobao.openim.tribe.quit',
  responseRoot: 'openim_tribe_quit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * OPENIM群成员退出 — calls TOP method `taobao.openim.tribe.quit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimTribeQuit(
  client: TopClient,
  request: TaobaoOpenimTribeQuitRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimTribeQuitResponse> {
  return client.call<TaobaoOpenimTribeQuitResponse>(
    {
      method: 'taobao.openim.tribe.quit',
      responseRoot: 'openim_tribe_quit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
