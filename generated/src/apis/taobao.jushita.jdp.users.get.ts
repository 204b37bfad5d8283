// Generated from specs/jst/taobao.jushita.jdp.users.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jushita.jdp.users.get` (获取开通的订单同步服务的用户). */
export interface TaobaoJushitaJdpUsersGetRequest {
  /** 此参数一般不用传，用于查询最后更改时间在某个时间段内的用户 */
  start_modified?: DateInput;
  /** 此参数一般不用传，用于查询最后更改时间在某个时间段内的用户 */
  end_modified?: DateInput;
  /** 每页记录数，默认200 */
  page_size?: Int64Input;
  /** 当前页数 */
  page_no?: Int64Input;
  /** 如果传了user_id表示单条查询 */
  user_id?: Int64Input;
}

/** Response of `taobao.jushita.jdp.users.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJushitaJdpUsersGetResponse {
  /** 总记录数 */
  total_results?: Int64;
  /** 用户列表 */
  users?: TaobaoJushitaJdpUsersGetJdpUser[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `JdpUser` of `taobao.jushita.jdp.users.get`. */
export interface TaobaoJushitaJdpUsersGetJdpUser {
  /** 用户id */
  user_id?: Int64;
  /** rds的id，平台appkey会返回rds_id而不是rds_name */
  rds_id?: Int64;
  /** 0:暂停1：正常2：sessoin失效，停止3：已删除 */
  status?: Int64;
  /** rds数据库的实例名 */
  rds_name?: string;
  /** 用户昵称 */
  user_nick?: string;
  /** 卖家类型，B表示商城卖家，C表示淘宝卖家 */
  seller_type?: string;
  /** 用户等级，用于区分大卖家，值越大则订单量越大 */
  level?: Int64;
  /** 和数据回流绑定的appkey，用户的数据推到此appkey对应的rds后，会回传X_DOWNLOADED消息 */
  hl_appkey?: string;
}

const REQUEST_SCHEMA = {
  start_modified: 'Date',
  end_modified: 'Date',
  page_size: 'Number',
  page_no: 'Number',
  user_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  users: [
    {
      user_id: 'Number',
      rds_id: 'Number',
      status: 'Number',
      rds_name: 'String',
      user_nick: 'String',
      seller_type: 'String',
      level: 'Number',
      hl_appkey: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.jushita.jdp.users.get`: method, response root, request and response schemas. */
export const taobaoJushitaJdpUsersGetOperation = {
  method: 'taobao.jushita.jdp.users.get',
  responseRoot: 'jushita_jdp_users_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取开通的订单同步服务的用户 — calls TOP method `taobao.jushita.jdp.users.get`.
 *
 * 获取开通的订单同步服务的用户，含有rds的路由关系
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJushitaJdpUsersGet(
  client: TopClient,
  request: TaobaoJushitaJdpUsersGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoJushitaJdpUsersGetResponse> {
  return client.call<TaobaoJushitaJdpUsersGetResponse>(
    {
      method: 'taobao.jushita.jdp.users.get',
      responseRoot: 'jushita_jdp_users_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
