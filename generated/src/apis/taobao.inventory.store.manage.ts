// Generated from specs/fenxiao/taobao.inventory.store.manage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.inventory.store.manage` (创建或更新仓库). */
export interface TaobaoInventoryStoreManageRequest {
  /** 参数定义，ADD：新建; UPDATE：更新 */
  operate_type: string;
  /** 商家的仓库编码，不允许重复，不允许更新 */
  store_code: string;
  /** 商家的仓库名称，可更新 */
  store_name: string;
  /** 仓库类型，可更新。目前只支持自有仓，TYPE_OWN：自有物理仓 */
  store_type: string;
  /** 仓库简称，可更新 */
  alias_name?: string;
  /** 仓库的物理地址，可更新 */
  address: string;
  /** 联系人，可更新 */
  contact?: string;
  /** 联系电话，可更新 */
  phone?: string;
  /** 邮编，可更新 */
  postcode?: Int64Input;
  /** 仓库区域名，可更新 */
  address_area_name: string;
}

/** Response of `taobao.inventory.store.manage`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoInventoryStoreManageResponse {
  /** 返回结果 */
  store_list?: TaobaoInventoryStoreManageStore[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Store` of `taobao.inventory.store.manage`. */
export interface TaobaoInventoryStoreManageStore {
  /** 联系电话 */
  phone?: string;
  /** 商家的仓库编码，不允许重复 */
  store_code?: string;
  /** 仓库的物理地址 */
  address?: string;
  /** 仓库类型 */
  store_type?: string;
  /** 邮编 */
  post_code?: string;
  /** 联系人 */
  contact?: string;
  /** 商家的仓库名称 */
  store_name?: string;
  /** 仓库对应的淘宝区域 */
  address_area_name?: string;
  /** 仓库简称 */
  alias_name?: string;
}

const REQUEST_SCHEMA = {
  operate_type: 'String',
  store_code: 'String',
  store_name: 'String',
  store_type: 'String',
  alias_name: 'String',
  address: 'String',
  contact: 'String',
  phone: 'String',
  postcode: 'Number',
  address_area_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  store_list: [
    {
      phone: 'String',
      store_code: 'String',
      address: 'String',
      store_type: 'String',
      post_code: 'String',
      contact: 'String',
      store_name: 'String',
      address_area_name: 'String',
      alias_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.inventory.store.manage`: method, response root, request and response schemas. */
export const taobaoInventoryStoreManageOperation = {
  method: 'taobao.inventory.store.manage',
  responseRoot: 'inventory_store_manage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建或更新仓库 — calls TOP method `taobao.inventory.store.manage`.
 *
 * 创建商家仓或者更新商家仓信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoInventoryStoreManage(
  client: TopClient,
  request: TaobaoInventoryStoreManageRequest,
  options?: CallOptions,
): Promise<TaobaoInventoryStoreManageResponse> {
  return client.call<TaobaoInventoryStoreManageResponse>(
    {
      method: 'taobao.inventory.store.manage',
      responseRoot: 'inventory_store_manage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
