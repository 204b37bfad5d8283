// Generated from specs/crm/taobao.crm.groups.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.groups.get` (查询卖家的分组). */
export interface TaobaoCrmGroupsGetRequest {
  /**
   * 每页显示的记录数，其最大值不能超过100条，最小值为1，默认20条
   *
   * Max length: 3
   */
  page_size?: Int64Input;
  /**
   * 显示第几页的分组，如果输入的页码大于总共的页码数，例如总共10页，但是current_page的值为11，则返回空白页，最小页码为1
   *
   * Max length: 3
   */
  current_page: Int64Input;
}

/** Response of `taobao.crm.groups.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmGroupsGetResponse {
  /** 查询到的当前卖家的当前页的会员 */
  groups?: TaobaoCrmGroupsGetGroup[];
  /** 记录总数 */
  total_result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Group` of `taobao.crm.groups.get`. */
export interface TaobaoCrmGroupsGetGroup {
  /** 分组的名称 */
  group_name?: string;
  /** 分组所拥有的会员数量,如果返回值为-1，表示当前服务忙或数据在初始化。 */
  member_count?: Int64;
  /** 分组的状态，1表示正常 */
  status?: string;
  /** 分组的id */
  group_id?: Int64;
  /** 分组的修改时间 */
  group_modify?: string;
  /** 分组的创建时间 */
  group_create?: string;
}

const REQUEST_SCHEMA = {
  page_size: 'Number',
  current_page: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  groups: [
    {
      group_name: 'String',
      member_count: 'Number',
      status: 'String',
      group_id: 'Number',
      group_modify: 'Date',
      group_create: 'Date',
    },
  ],
  total_result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.groups.get`: method, response root, request and response schemas. */
export const taobaoCrmGroupsGetOperation = {
  method: 'taobao.crm.groups.get',
  responseRoot: 'crm_groups_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询卖家的分组 — calls TOP method `taobao.crm.groups.get`.
 *
 * 查询卖家的分组，返回查询到的分组列表，分页返回分组
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmGroupsGet(
  client: TopClient,
  request: TaobaoCrmGroupsGetRequest,
  options?: CallOptions,
): Promise<TaobaoCrmGroupsGetResponse> {
  return client.call<TaobaoCrmGroupsGetResponse>(
    {
      method: 'taobao.crm.groups.get',
      responseRoot: 'crm_groups_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
