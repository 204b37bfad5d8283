// Generated from specs/crm/taobao.crm.member.group.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.member.group.get` (获取买家身上的标签). */
export interface TaobaoCrmMemberGroupGetRequest {
  /** 会员Nick */
  buyer_nick: string;
}

/** Response of `taobao.crm.member.group.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmMemberGroupGetResponse {
  /** 查询到的当前卖家的当前页的会员 */
  groups?: TaobaoCrmMemberGroupGetGroup[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Group` of `taobao.crm.member.group.get`. */
export interface TaobaoCrmMemberGroupGetGroup {
  /** 分组的名称 */
  group_name?: string;
  /** 分组所拥有的会员数量,如果返回值为-1，表示当前服务忙或数据在初始化。 */
  member_count?: Int64;
  /** 分组的状态，1表示正常 */
  status?: string;
  /** 分组的修改时间 */
  group_modify?: string;
  /** 分组的创建时间 */
  group_create?: string;
  /** 分组的id */
  group_id?: Int64;
}

const REQUEST_SCHEMA = {
  buyer_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  groups: [
    {
      group_name: 'String',
      member_count: 'Number',
      status: 'String',
      group_modify: 'Date',
      group_create: 'Date',
      group_id: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.member.group.get`: method, response root, request and response schemas. */
export const taobaoCrmMemberGroupGetOperation = {
  method: 'taobao.crm.member.group.get',
  responseRoot: 'crm_member_group_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取买家身上的标签 — calls TOP method `taobao.crm.member.group.get`.
 *
 * 获取买家身上的标签，不返回标签的总人数
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmMemberGroupGet(
  client: TopClient,
  request: TaobaoCrmMemberGroupGetRequest,
  options?: CallOptions,
): Promise<TaobaoCrmMemberGroupGetResponse> {
  return client.call<TaobaoCrmMemberGroupGetResponse>(
    {
      method: 'taobao.crm.member.group.get',
      responseRoot: 'crm_member_group_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
