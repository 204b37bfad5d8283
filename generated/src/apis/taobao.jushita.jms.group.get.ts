// Generated from specs/jms/taobao.jushita.jms.group.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jushita.jms.group.get` (查询ONS分组). */
export interface TaobaoJushitaJmsGroupGetRequest {
  /** 页码 */
  page_no?: Int64Input;
  /** 每页返回多少个分组 */
  page_size?: Int64Input;
  /**
   * 要查询分组的名称，多个分组用半角逗号分隔，不传代表查询所有分组信息，但不会返回组下面的用户信息。如果应用没有设置分组则返回空。组名不能以default开头，default开头是系统默认的组。
   *
   * Max list size: 20
   */
  group_names?: string[];
}

/** Response of `taobao.jushita.jms.group.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJushitaJmsGroupGetResponse {
  /** 返回的总数 */
  total_results?: Int64;
  /** 分组信息 */
  groups?: TaobaoJushitaJmsGroupGetMsgGroupDO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MsgGroupDO` of `taobao.jushita.jms.group.get`. */
export interface TaobaoJushitaJmsGroupGetMsgGroupDO {
  /** 123 */
  name?: string;
}

const REQUEST_SCHEMA = {
  page_no: 'Number',
  page_size: 'Number',
  group_names: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  groups: [
    {
      name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.jushita.jms.group.get`: method, response root, request and response schemas. */
export const taobaoJushitaJmsGroupGetOperation = {
  method: 'taobao.jushita.jms.group.get',
  responseRoot: 'jushita_jms_group_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询ONS分组 — calls TOP method `taobao.jushita.jms.group.get`.
 *
 * 查询当前appkey在ONS中已有的分组
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJushitaJmsGroupGet(
  client: TopClient,
  request: TaobaoJushitaJmsGroupGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoJushitaJmsGroupGetResponse> {
  return client.call<TaobaoJushitaJmsGroupGetResponse>(
    {
      method: 'taobao.jushita.jms.group.get',
      responseRoot: 'jushita_jms_group_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
