// Generated from specs/wlbimports/taobao.wlb.imports.resource.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.imports.resource.get` (获取所有服务列表). */
export interface TaobaoWlbImportsResourceGetRequest {
  /** 卖家发货地区域ID */
  from_id: Int64Input;
  /** 买家收货地信息 */
  to_address: TaobaoWlbImportsResourceGetReciverAddressDOInput;
}

/** Response of `taobao.wlb.imports.resource.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbImportsResourceGetResponse {
  /** 一般进口所有服务商列表 */
  resources?: TaobaoWlbImportsResourceGetResourceResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReciverAddressDO` of `taobao.wlb.imports.resource.get`. */
export interface TaobaoWlbImportsResourceGetReciverAddressDOInput {
  /** 详细地址，只需填写买家具体的收货地址 */
  detail_address?: string;
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
}

/** `ResourceResult` of `taobao.wlb.imports.resource.get`. */
export interface TaobaoWlbImportsResourceGetResourceResult {
  /** 资源ID */
  res_id?: Int64;
  /** 资源代码 */
  res_code?: string;
  /** 魔方天下美国线 */
  resource_name?: string;
  /** 时效，单位（小时） */
  delivery_time?: Int64;
  /** 服务报价。首重（1磅) CNY￥3元 续重（1磅) CNY￥6元 */
  delivery_price?: TaobaoWlbImportsResourceGetBSWeightPrice;
}

/** `BSWeightPrice` of `taobao.wlb.imports.resource.get`. */
export interface TaobaoWlbImportsResourceGetBSWeightPrice {
  /** 首重 */
  basic_weight?: Int64;
  /** 首重价格 */
  basic_weight_price?: Int64;
  /** 续重 */
  step_weight?: Int64;
  /** 续重价格 */
  step_weight_price?: Int64;
}

const REQUEST_SCHEMA = {
  from_id: 'Number',
  to_address: {
    detail_address: 'String',
    street: 'String',
    district: 'String',
    city: 'String',
    province: 'String',
    country: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resources: [
    {
      res_id: 'Number',
      res_code: 'String',
      resource_name: 'String',
      delivery_time: 'Number',
      delivery_price: {
        basic_weight: 'Number',
        basic_weight_price: 'Number',
        step_weight: 'Number',
        step_weight_price: 'Number',
      },
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.imports.resource.get`: method, response root, request and response schemas. */
export const taobaoWlbImportsResourceGetOperation = {
  method: 'taobao.wlb.imports.resource.get',
  responseRoot: 'wlb_imports_resource_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取所有服务列表 — calls TOP method `taobao.wlb.imports.resource.get`.
 *
 * 一般进口TOP接口，获取所有服务列表。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbImportsResourceGet(
  client: TopClient,
  request: TaobaoWlbImportsResourceGetRequest,
  options?: CallOptions,
): Promise<TaobaoWlbImportsResourceGetResponse> {
  return client.call<TaobaoWlbImportsResourceGetResponse>(
    {
      method: 'taobao.wlb.imports.resource.get',
      responseRoot: 'wlb_imports_resource_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
