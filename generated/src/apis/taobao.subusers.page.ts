// Generated from specs/subuser/taobao.subusers.page.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.subusers.page` (分页获取指定账户的子账号简易信息列表（新isv建议使用taobao.sellercenter.subusers.page接口）). */
export interface TaobaoSubusersPageRequest {
  /** 主账号用户名 */
  user_nick: string;
  /** 可以不传，不传的话和老接口返回数据一样。如果传则根据子账号当前状态筛选 1正常 2冻结 3处罚，如果不传默认都返回 */
  account_status?: Int64Input;
  /** 页大小，大于1小于200 */
  page_size: Int64Input;
  /** 页码，大于等于1 */
  page_num: Int64Input;
}

/** Response of `taobao.subusers.page`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSubusersPageResponse {
  /** 子账号基本信息 */
  subaccounts?: TaobaoSubusersPageSubAccountInfo[];
  /** isv本次调用传入的页大小 */
  page_size?: Int64;
  /** 本次调用删选条件下的总子账号数量，除以页大小可得出最大页数 */
  total_count?: Int64;
  /** isv本次调用传入的页码 */
  page_num?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SubAccountInfo` of `taobao.subusers.page`. */
export interface TaobaoSubusersPageSubAccountInfo {
  /** 子账号id */
  sub_id?: Int64;
  /** 子账号状态， 1正常 2冻结 3处罚 */
  sub_status?: Int64;
  /** 主账号id */
  user_id?: Int64;
  /** 1 */
  sub_dispatch_status?: boolean;
  /** 1 */
  sub_owed_status?: boolean;
  /** zhangsan:no1 */
  sub_nick?: string;
  /** zhangsan */
  user_nick?: string;
  /** 员工昵称 */
  sub_name?: string;
}

const REQUEST_SCHEMA = {
  user_nick: 'String',
  account_status: 'Number',
  page_size: 'Number',
  page_num: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  subaccounts: [
    {
      sub_id: 'Number',
      sub_status: 'Number',
      user_id: 'Number',
      sub_dispatch_status: 'Boolean',
      sub_owed_status: 'Boolean',
      sub_nick: 'String',
      user_nick: 'String',
      sub_name: 'String',
    },
  ],
  page_size: 'Number',
  total_count: 'Number',
  page_num: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.subusers.page`: method, response root, request and response schemas. */
export const taobaoSubusersPageOperation = {
  method: 'taobao.subusers.page',
  responseRoot: 'subusers_page_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页获取指定账户的子账号简易信息列表（新isv建议使用taobao.sellercenter.subusers.page接口） — calls TOP method `taobao.subusers.page`.
 *
 * 分页获取指定账户的子账号简易信息列表
 * （新isv接入建议使用taobao.sellercenter.subusers.page接口）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSubusersPage(
  client: TopClient,
  request: TaobaoSubusersPageRequest,
  options?: CallOptions,
): Promise<TaobaoSubusersPageResponse> {
  return client.call<TaobaoSubusersPageResponse>(
    {
      method: 'taobao.subusers.page',
      responseRoot: 'subusers_page_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
