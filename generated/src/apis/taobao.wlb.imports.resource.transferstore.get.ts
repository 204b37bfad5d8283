// Generated from specs/wlbimports/taobao.wlb.imports.resource.transferstore.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.imports.resource.transferstore.get` (根据指定的资源获取所有中转仓列表). */
export interface TaobaoWlbImportsResourceTransferstoreGetRequest {
  /** 通过taobao.wlb.imports.resource.get接口查询出来的资源ID */
  resource_id: Int64Input;
  /** 卖家发货地址的区域ID，如果不填则为默认发货地址ID */
  from_id?: Int64Input;
  /** 买家收货地信息 */
  to_address: TaobaoWlbImportsResourceTransferstoreGetReciverAddressDOInput;
  /**
   * 商品前台叶子类目ID
   *
   * Max list size: 20
   */
  cids: string[];
}

/** Response of `taobao.wlb.imports.resource.transferstore.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbImportsResourceTransferstoreGetResponse {
  /** 符合条件的中转仓列表 */
  stores?: TaobaoWlbImportsResourceTransferstoreGetTranStoreResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReciverAddressDO` of `taobao.wlb.imports.resource.transferstore.get`. */
export interface TaobaoWlbImportsResourceTransferstoreGetReciverAddressDOInput {
  /** 街道信息 */
  street?: string;
  /** 区县地址信息，city和district不能同时为空 */
  district?: string;
  /** 市地址信息，city和district不能同时为空 */
  city?: string;
  /** 省地址信息 */
  province: string;
  /** 国家地址信息 */
  country: string;
  /** 详细地址，只需填写买家具体的收货地址 */
  detail_address?: string;
}

/** `TranStoreResult` of `taobao.wlb.imports.resource.transferstore.get`. */
export interface TaobaoWlbImportsResourceTransferstoreGetTranStoreResult {
  /** 中转仓代码 */
  store_code?: string;
  /** 中转仓名字 */
  store_name?: string;
  /** 中转仓地址 */
  store_address?: string;
}

const REQUEST_SCHEMA = {
  resource_id: 'Number',
  from_id: 'Number',
  to_address: {
    street: 'String',
    district: 'String',
    city: 'String',
    province: 'String',
    country: 'String',
    detail_address: 'String',
  },
  cids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  stores: [
    {
      store_code: 'String',
      store_name: 'String',
      store_address: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.imports.resource.transferstore.get`: method, response root, request and response schemas. */
export const taobaoWlbImportsResourceTransferstoreGetOperation = {
  method: 'taobao.wlb.imports.resource.transferstore.get',
  responseRoot: 'wlb_imports_resource_transferstore_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据指定的资源获取所有中转仓列表 — calls TOP method `taobao.wlb.imports.resource.transferstore.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbImportsResourceTransferstoreGet(
  client: TopClient,
  request: TaobaoWlbImportsResourceTransferstoreGetRequest,
  options?: CallOptions,
): Promise<TaobaoWlbImportsResourceTransferstoreGetResponse> {
  return client.call<TaobaoWlbImportsResourceTransferstoreGetResponse>(
    {
      method: 'taobao.wlb.imports.resource.transferstore.get',
      responseRoot: 'wlb_imports_resource_transferstore_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
