// Generated from specs/tblogistics/taobao.wlb.stores.baseinfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.stores.baseinfo.get` (商家按照仓的类型获取仓库接口). */
export interface TaobaoWlbStoresBaseinfoGetRequest {
  /** 0.商家仓库.1.菜鸟仓库.2全部被划分的仓库 */
  type?: Int64Input;
}

/** Response of `taobao.wlb.stores.baseinfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbStoresBaseinfoGetResponse {
  /** 仓库列表 */
  store_info_list?: TaobaoWlbStoresBaseinfoGetStoreInfo[];
  /** 返回的总数 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StoreInfo` of `taobao.wlb.stores.baseinfo.get`. */
export interface TaobaoWlbStoresBaseinfoGetStoreInfo {
  /** 仓库真实名字 */
  real_name?: string;
  /** XXX果园 */
  name?: string;
  /** 仓库服务代码 */
  service_code?: string;
  /** 详细地址 */
  address?: string;
}

const REQUEST_SCHEMA = {
  type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  store_info_list: [
    {
      real_name: 'String',
      name: 'String',
      service_code: 'String',
      address: 'String',
    },
  ],
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.stores.baseinfo.get`: method, response root, request and response schemas. */
export const taobaoWlbStoresBaseinfoGetOperation = {
  method: 'taobao.wlb.stores.baseinfo.get',
  responseRoot: 'wlb_stores_baseinfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家按照仓的类型获取仓库接口 — calls TOP method `taobao.wlb.stores.baseinfo.get`.
 *
 * 通过USERID和仓库类型，获取商家自有仓库或菜鸟仓库或全部仓库
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbStoresBaseinfoGet(
  client: TopClient,
  request: TaobaoWlbStoresBaseinfoGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoWlbStoresBaseinfoGetResponse> {
  return client.call<TaobaoWlbStoresBaseinfoGetResponse>(
    {
      method: 'taobao.wlb.stores.baseinfo.get',
      responseRoot: 'wlb_stores_baseinfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
