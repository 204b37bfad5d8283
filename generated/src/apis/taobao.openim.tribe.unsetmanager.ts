// Generated from specs/openim/taobao.openim.tribe.unsetmanager.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.tribe.unsetmanager` (OPENIM群取消管理员). */
export interface TaobaoOpenimTribeUnsetmanagerRequest {
  /** 用户信息 */
  user: TaobaoOpenimTribeUnsetmanagerOpenImUserInput;
  /** 群id */
  tid: Int64Input;
  /** 用户信息 */
  member: TaobaoOpenimTribeUnsetmanagerOpenImUserInput;
}

/** Response of `taobao.openim.tribe.unsetmanager`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimTribeUnsetmanagerResponse {
  /** 群服务code */
  tribe_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenImUser` of `taobao.openim.tribe.unsetmanager`. */
export interface TaobaoOpenimTribeUnsetmanagerOpenImUserInput {
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
  tid: 'Number',
  member: {
    uid: 'String',
    taobao_account: 'Boolean',
    app_key: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tribe_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openim.tribe.unsetmanager`: method, response root, request and response schemas. */
export const taobaoOpenimTribeUnsetmanagerOperation = {
  method: 'taobao.openim.tribe.unsetmanager',
  responseRoot: 'openim_tribe_unsetmanager_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * OPENIM群取消管理员 — calls TOP method `taobao.openim.tribe.unsetmanager`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimTribeUnsetmanager(
  client: TopClient,
  request: TaobaoOpenimTribeUnsetmanagerRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimTribeUnsetmanagerResponse> {
  return client.call<TaobaoOpenimTribeUnsetmanagerResponse>(
    {
      method: 'taobao.openim.tribe.unsetmanager',
      responseRoot: 'openim_tribe_unsetmanager_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
