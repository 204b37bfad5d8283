// Generated from specs/logistic/taobao.logistics.address.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.address.search` (查询卖家地址库). */
export interface TaobaoLogisticsAddressSearchRequest {
  /**
   * 可选，参数列表如下：
   * no_def:查询非默认地址
   * get_def:查询默认取货地址，也即对应卖家后台地址库中发货地址（send_def暂不起作用）
   * cancel_def:查询默认退货地址
   * 缺省此参数时，查询所有当前用户的地址库
   */
  rdef?: string;
}

/** Response of `taobao.logistics.address.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsAddressSearchResponse {
  /** 一组地址库数据， */
  addresses?: TaobaoLogisticsAddressSearchAddressResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AddressResult` of `taobao.logistics.address.search`. */
export interface TaobaoLogisticsAddressSearchAddressResult {
  /** 地址库ID */
  contact_id?: Int64;
  /** 联系人姓名 */
  contact_name?: string;
  /** 省 */
  province?: string;
  /** 市 */
  city?: string;
  /** 区、县 */
  country?: string;
  /** 详细街道地址，不需要重复填写省/市/区 */
  addr?: string;
  /** 地区邮政编码 */
  zip_code?: string;
  /** 电话号码,手机与电话必需有一个 */
  phone?: string;
  /**
   * 手机号码，手机与电话必需有一个
   * 手机号码不能超过20位
   */
  mobile_phone?: string;
  /** 公司名称, */
  seller_company?: string;
  /** 备注 */
  memo?: string;
  /** 区域ID */
  area_id?: Int64;
  /** 是否默认发货地址 */
  send_def?: boolean;
  /** 是否默认取货地址 */
  get_def?: boolean;
  /** 是否默认退货地址 */
  cancel_def?: boolean;
  /** 修改日期时间 */
  modify_date?: string;
}

const REQUEST_SCHEMA = {
  rdef: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  addresses: [
    {
      contact_id: 'Number',
      contact_name: 'String',
      province: 'String',
      city: 'String',
      country: 'String',
      addr: 'String',
      zip_code: 'String',
      phone: 'String',
      mobile_phone: 'String',
      seller_company: 'String',
      memo: 'String',
      area_id: 'Number',
      send_def: 'Boolean',
      get_def: 'Boolean',
      cancel_def: 'Boolean',
      modify_date: 'Date',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.address.search`: method, response root, request and response schemas. */
export const taobaoLogisticsAddressSearchOperation = {
  method: 'taobao.logistics.address.search',
  responseRoot: 'logistics_address_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询卖家地址库 — calls TOP method `taobao.logistics.address.search`.
 *
 * 通过此接口查询卖家地址库，
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsAddressSearch(
  client: TopClient,
  request: TaobaoLogisticsAddressSearchRequest = {},
  options?: CallOptions,
): Promise<TaobaoLogisticsAddressSearchResponse> {
  return client.call<TaobaoLogisticsAddressSearchResponse>(
    {
      method: 'taobao.logistics.address.search',
      responseRoot: 'logistics_address_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
