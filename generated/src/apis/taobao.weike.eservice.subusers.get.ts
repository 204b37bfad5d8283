// Generated from specs/servicecenter/taobao.weike.eservice.subusers.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.weike.eservice.subusers.get` (客服外包订单分配的商家子账号列表). */
export interface TaobaoWeikeEserviceSubusersGetRequest {
  /** 订单ID */
  order_id: Int64Input;
}

/** Response of `taobao.weike.eservice.subusers.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWeikeEserviceSubusersGetResponse {
  /** 商家子账号查询结果 */
  result?: TaobaoWeikeEserviceSubusersGetAuthorizedAccountWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AuthorizedAccountWrapper` of `taobao.weike.eservice.subusers.get`. */
export interface TaobaoWeikeEserviceSubusersGetAuthorizedAccountWrapper {
  /** 商家子账号记录数 */
  total_count?: Int64;
  /** 商家子账号列表 */
  sub_users?: TaobaoWeikeEserviceSubusersGetSubUser[];
}

/** `SubUser` of `taobao.weike.eservice.subusers.get`. */
export interface TaobaoWeikeEserviceSubusersGetSubUser {
  /** 授权状态描述 */
  state_des?: string;
  /** 授权状态: 1表示授权，0表示取消授权，-1表示失效 */
  state?: Int64;
  /** 商家子账号昵称 */
  seller_nick?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_count: 'Number',
    sub_users: [
      {
        state_des: 'String',
        state: 'Number',
        seller_nick: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.weike.eservice.subusers.get`: method, response root, request and response schemas. */
export const taobaoWeikeEserviceSubusersGetOperation = {
  method: 'taobao.weike.eservice.subusers.get',
  responseRoot: 'weike_eservice_subusers_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 客服外包订单分配的商家子账号列表 — calls TOP method `taobao.weike.eservice.subusers.get`.
 *
 * 获取客服外包订单分配的商家子账号列表，以及授权状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWeikeEserviceSubusersGet(
  client: TopClient,
  request: TaobaoWeikeEserviceSubusersGetRequest,
  options?: CallOptions,
): Promise<TaobaoWeikeEserviceSubusersGetResponse> {
  return client.call<TaobaoWeikeEserviceSubusersGetResponse>(
    {
      method: 'taobao.weike.eservice.subusers.get',
      responseRoot: 'weike_eservice_subusers_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
