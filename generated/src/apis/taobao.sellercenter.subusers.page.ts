// Generated from specs/subuser/taobao.sellercenter.subusers.page.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.sellercenter.subusers.page` (通过主账号登陆态分页查询子账号列表). */
export interface TaobaoSellercenterSubusersPageRequest {
  /** 主账号登陆nick */
  nick: string;
  /** 可以不传，不传的话和老接口返回数据一样。如果传则根据子账号当前状态筛选 1正常 2冻结 3处罚，如果不传默认都返回 */
  account_status?: Int64Input;
  /** 页大小，大于1小于200 */
  page_size: Int64Input;
  /** 页码，大于等于1 */
  page_num: Int64Input;
}

/** Response of `taobao.sellercenter.subusers.page`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSellercenterSubusersPageResponse {
  /** 子账号基本信息列表。具体信息为id、子账号用户名、主账号id、主账号昵称、当前状态值、是否分流 */
  subusers?: TaobaoSellercenterSubusersPageSubUserInfo[];
  /** isv本次调用传入的页大小 */
  page_size?: Int64;
  /** 本次调用删选条件下的总子账号数量，除以页大小可得出最大页数 */
  total_count?: Int64;
  /** isv本次调用传入的页码 */
  page_num?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SubUserInfo` of `taobao.sellercenter.subusers.page`. */
export interface TaobaoSellercenterSubusersPageSubUserInfo {
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
  account_status: 'Number',
  page_size: 'Number',
  page_num: 'Number',
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
  page_size: 'Number',
  total_count: 'Number',
  page_num: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.sellercenter.subusers.page`: method, response root, request and response schemas. */
export const taobaoSellercenterSubusersPageOperation = {
  method: 'taobao.sellercenter.subusers.page',
  responseRoot: 'sellercenter_subusers_page_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过主账号登陆态分页查询子账号列表 — calls TOP method `taobao.sellercenter.subusers.page`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSellercenterSubusersPage(
  client: TopClient,
  request: TaobaoSellercenterSubusersPageRequest,
  options?: CallOptions,
): Promise<TaobaoSellercenterSubusersPageResponse> {
  return client.call<TaobaoSellercenterSubusersPageResponse>(
    {
      method: 'taobao.sellercenter.subusers.page',
      responseRoot: 'sellercenter_subusers_page_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
