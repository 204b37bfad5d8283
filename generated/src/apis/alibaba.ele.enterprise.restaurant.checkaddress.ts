// Generated from specs/eleenterpriserestaurant/alibaba.ele.enterprise.restaurant.checkaddress.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.enterprise.restaurant.checkaddress` (检查地址是否在餐厅配送范围内). */
export interface AlibabaEleEnterpriseRestaurantCheckaddressRequest {
  /** 餐厅Id */
  erestaurant_id?: string;
  /** [{"longitude": 1, "latitude": 2}], json 字符串, 每个元素是 一个 dict{longitude, latitude, …} 其他字段原样返回 */
  addresses?: string;
}

/** Response of `alibaba.ele.enterprise.restaurant.checkaddress`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleEnterpriseRestaurantCheckaddressResponse {
  /** 返回值信息 */
  enterprise_datas?: AlibabaEleEnterpriseRestaurantCheckaddressEnterpriseData[];
  /** 响应code */
  enterprise_code?: string;
  /** 响应信息 */
  enterprise_msg?: string;
  /** 请求id */
  enterprise_requestid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EnterpriseData` of `alibaba.ele.enterprise.restaurant.checkaddress`. */
export interface AlibabaEleEnterpriseRestaurantCheckaddressEnterpriseData {
  /** 餐厅维度 */
  latitude?: string;
  /** 是否可配送 */
  is_deliverable?: boolean;
  /** 餐厅精度 */
  longitude?: string;
}

const REQUEST_SCHEMA = {
  erestaurant_id: 'String',
  addresses: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  enterprise_datas: [
    {
      latitude: 'String',
      is_deliverable: 'Boolean',
      longitude: 'String',
    },
  ],
  enterprise_code: 'String',
  enterprise_msg: 'String',
  enterprise_requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.enterprise.restaurant.checkaddress`: method, response root, request and response schemas. */
export const alibabaEleEnterpriseRestaurantCheckaddressOperation = {
  method: 'alibaba.ele.enterprise.restaurant.checkaddress',
  responseRoot: 'alibaba_ele_enterprise_restaurant_checkaddress_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 检查地址是否在餐厅配送范围内 — calls TOP method `alibaba.ele.enterprise.restaurant.checkaddress`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleEnterpriseRestaurantCheckaddress(
  client: TopClient,
  request: AlibabaEleEnterpriseRestaurantCheckaddressRequest = {},
  options?: CallOptions,
): Promise<AlibabaEleEnterpriseRestaurantCheckaddressResponse> {
  return client.call<AlibabaEleEnterpriseRestaurantCheckaddressResponse>(
    {
      method: 'alibaba.ele.enterprise.restaurant.checkaddress',
      responseRoot: 'alibaba_ele_enterprise_restaurant_checkaddress_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
