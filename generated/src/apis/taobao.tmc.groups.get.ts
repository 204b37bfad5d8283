// Generated from specs/tmc/taobao.tmc.groups.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tmc.groups.get` (获取自定义用户分组列表). */
export interface TaobaoTmcGroupsGetRequest {
  /**
   * 要查询分组的名称，多个分组用半角逗号分隔，不传代表查询所有分组信息，但不会返回组下面的用户信息。如果应用没有设置分组则返回空。组名不能以default开头，default开头是系统默认的组。
   *
   * Max list size: 20
   */
  group_names?: string[];
  /** 页码 */
  page_no?: Int64Input;
  /** 每页返回多少个分组 */
  page_size?: Int64Input;
}

/** Response of `taobao.tmc.groups.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTmcGroupsGetResponse {
  /** dasdasd */
  groups?: TaobaoTmcGroupsGetTmcGroup[];
  /** 分组总数 */
  total_results?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TmcGroup` of `taobao.tmc.groups.get`. */
export interface TaobaoTmcGroupsGetTmcGroup {
  /** 分组名称 */
  name?: string;
}

const REQUEST_SCHEMA = {
  group_names: ['String'],
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  groups: [
    {
      name: 'String',
    },
  ],
  total_results: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tmc.groups.get`: method, response root, request and response schemas. */
export const taobaoTmcGroupsGetOperation = {
  method: 'taobao.tmc.groups.get',
  responseRoot: 'tmc_groups_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取自定义用户分组列表 — calls TOP method `taobao.tmc.groups.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTmcGroupsGet(
  client: TopClient,
  request: TaobaoTmcGroupsGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoTmcGroupsGetResponse> {
  return client.call<TaobaoTmcGroupsGetResponse>(
    {
      method: 'taobao.tmc.groups.get',
      responseRoot: 'tmc_groups_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
