// Generated from specs/eleenterpriserestaurant/alibaba.ele.enterprise.restaurant.categories.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.enterprise.restaurant.categories` (餐厅分类). */
export interface AlibabaEleEnterpriseRestaurantCategoriesRequest {}

/** Response of `alibaba.ele.enterprise.restaurant.categories`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleEnterpriseRestaurantCategoriesResponse {
  /** 返回值信息 */
  enterprise_datas?: AlibabaEleEnterpriseRestaurantCategoriesEnterpriseData[];
  /** 响应code */
  enterprise_code?: string;
  /** 响应信息 */
  enterprise_msg?: string;
  /** 请求id */
  enterprise_requestid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EnterpriseData` of `alibaba.ele.enterprise.restaurant.categories`. */
export interface AlibabaEleEnterpriseRestaurantCategoriesEnterpriseData {
  /** 类目名称 */
  name?: string;
  /** 1-餐饮，2-新零售，目前只返回餐饮类目 */
  channel?: Int64;
  /** 类目id */
  id?: Int64;
  /** 父级类目id，目前只返回一级类目id，都为0。预留字段，用于今后扩展 */
  parent_id?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  enterprise_datas: [
    {
      name: 'String',
      channel: 'Number',
      id: 'Number',
      parent_id: 'Number',
    },
  ],
  enterprise_code: 'String',
  enterprise_msg: 'String',
  enterprise_requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.enterprise.restaurant.categories`: method, response root, request and response schemas. */
export const alibabaEleEnterpriseRestaurantCategoriesOperation = {
  method: 'alibaba.ele.enterprise.restaurant.categories',
  responseRoot: 'alibaba_ele_enterprise_restaurant_categories_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 餐厅分类 — calls TOP method `alibaba.ele.enterprise.restaurant.categories`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleEnterpriseRestaurantCategories(
  client: TopClient,
  request: AlibabaEleEnterpriseRestaurantCategoriesRequest = {},
  options?: CallOptions,
): Promise<AlibabaEleEnterpriseRestaurantCategoriesResponse> {
  return client.call<AlibabaEleEnterpriseRestaurantCategoriesResponse>(
    {
      method: 'alibaba.ele.enterprise.restaurant.categories',
      responseRoot: 'alibaba_ele_enterprise_restaurant_categories_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
