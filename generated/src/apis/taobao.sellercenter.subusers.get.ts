// Generated from specs/subuser/taobao.sellercenter.subusers.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.sellercenter.subusers.get` (查询指定账户的子账号列表). */
export interface TaobaoSellercenterSubusersGetRequest {
  /** 表示卖家昵称 */
  nick: string;
}

/** Response of `taobao.sellercenter.subusers.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSellercenterSubusersGetResponse {
  /** 子账号基本信息列表。具体信息为id、子账号用户名、主账号id、主账号昵称、当前状态值、是否分流 */
  subusers?: TaobaoSellercenterSubusersGetSubUserInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SubUserInfo` of `taobao.sellercenter.subusers.get`. */
export interface TaobaoSellercenterSubusersGetSubUserInfo {
  /** 是否参与分流 1不参与 2参与 */
  is_online?: Int64;
  /** 子账号Id */
  sub_id?: Int64;
  /** 子账号当前状态 1正常 -1删除 2冻结 */
  status?: Int64;
  /** 子账号所属的主账号的唯一标识 */
  seller_id?: Int64;
  /** 子账号用户名 */
  nick?: string;
  /** 主账号昵称 */
  seller_nick?: string;
  /** 子账号姓名 */
  full_name?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  subusers: [
    {
      is_online: 'Number',
      sub_id: 'Number',
      status: 'Number',
      seller_id: 'Number',
      nick: 'String',
      seller_nick: 'String',
      full_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.sellercenter.subusers.get`: method, response root, request and response schemas. */
export const taobaoSellercenterSubusersGetOperation = {
  method: 'taobao.sellercenter.subusers.get',
  responseRoot: 'sellercenter_subusers_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询指定账户的子账号列表 — calls TOP method `taobao.sellercenter.subusers.get`.
 *
 * 根据主账号nick查询该账号下所有的子账号列表，只能查询属于自己的账号信息 (主账号以及所属子账号)
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSellercenterSubusersGet(
  client: TopClient,
  request: TaobaoSellercenterSubusersGetRequest,
  options?: CallOptions,
): Promise<TaobaoSellercenterSubusersGetResponse> {
  return client.call<TaobaoSellercenterSubusersGetResponse>(
    {
      method: 'taobao.sellercenter.subusers.get',
      responseRoot: 'sellercenter_subusers_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
