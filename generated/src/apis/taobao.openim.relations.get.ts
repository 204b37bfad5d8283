// Generated from specs/openim/taobao.openim.relations.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.relations.get` (获取openim账号的聊天关系). */
export interface TaobaoOpenimRelationsGetRequest {
  /** 查询起始日期。格式yyyyMMdd。不得早于一个月 */
  beg_date: string;
  /** 查询结束日期。格式yyyyMMdd。不得早于一个月 */
  end_date: string;
  /** 用户信息 */
  user: TaobaoOpenimRelationsGetOpenImUserInput;
}

/** Response of `taobao.openim.relations.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimRelationsGetResponse {
  /** 用户信息列表 */
  users?: TaobaoOpenimRelationsGetOpenImUser[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenImUser` of `taobao.openim.relations.get`. */
export interface TaobaoOpenimRelationsGetOpenImUserInput {
  /** 用户id */
  uid: string;
  /** 是否为淘宝账号 */
  taobao_account?: boolean;
  /** 账户appkey */
  app_key?: string;
}

/** `OpenImUser` of `taobao.openim.relations.get`. */
export interface TaobaoOpenimRelationsGetOpenImUser {
  /** 用户id */
  uid?: string;
  /** 是否为淘宝账号 */
  taobao_account?: boolean;
  /** 账户appkey */
  app_key?: string;
}

const REQUEST_SCHEMA = {
  beg_date: 'String',
  end_date: 'String',
  user: {
    uid: 'String',
    taobao_account: 'Boolean',
    app_key: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  users: [
    {
      uid: 'String',
      taobao_account: 'Boolean',
      app_key: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.openim.relations.get`: method, response root, request and response schemas. */
export const taobaoOpenimRelationsGetOperation = {
  method: 'taobao.openim.relations.get',
  responseRoot: 'openim_relations_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取openim账号的聊天关系 — calls TOP method `taobao.openim.relations.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimRelationsGet(
  client: TopClient,
  request: TaobaoOpenimRelationsGetRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimRelationsGetResponse> {
  return client.call<TaobaoOpenimRelationsGetResponse>(
    {
      method: 'taobao.openim.relations.get',
      responseRoot: 'openim_relations_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
