// Generated from specs/openim/taobao.openim.tribe.modifytribeinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.tribe.modifytribeinfo` (OPENIM群信息修改). */
export interface TaobaoOpenimTribeModifytribeinfoRequest {
  /** 用户信息 */
  user: TaobaoOpenimTribeModifytribeinfoOpenImUserInput;
  /** 群名称 */
  tribe_name: string;
  /** 群公告 */
  notice: string;
  /** 群id */
  tribe_id: Int64Input;
}

/** Response of `taobao.openim.tribe.modifytribeinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimTribeModifytribeinfoResponse {
  /** 群服务code */
  tribe_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenImUser` of `taobao.openim.tribe.modifytribeinfo`. */
export interface TaobaoOpenimTribeModifytribeinfoOpenImUserInput {
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
  tribe_name: 'String',
  notice: 'String',
  tribe_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tribe_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openim.tribe.modifytribeinfo`: method, response root, request and response schemas. */
export const taobaoOpenimTribeModifytribeinfoOperation = {
  method: 'taobao.openim.tribe.modifytribeinfo',
  responseRoot: 'openim_tribe_modifytribeinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * OPENIM群信息修改 — calls TOP method `taobao.openim.tribe.modifytribeinfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimTribeModifytribeinfo(
  client: TopClient,
  request: TaobaoOpenimTribeModifytribeinfoRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimTribeModifytribeinfoResponse> {
  return client.call<TaobaoOpenimTribeModifytribeinfoResponse>(
    {
      method: 'taobao.openim.tribe.modifytribeinfo',
      responseRoot: 'openim_tribe_modifytribeinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
