// Generated from specs/flightuppc/alitrip.flight.insurance.product.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.flight.insurance.product.search` (搜索保险产品). */
export interface AlitripFlightInsuranceProductSearchRequest {
  /** 保险产品id */
  insurance_premium_id?: Int64Input;
}

/** Response of `alitrip.flight.insurance.product.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripFlightInsuranceProductSearchResponse {
  /** 错误信息（调用成功时该字段为空） */
  err_msg_for_client?: string;
  /** 保险产品列表 */
  ins_products?: AlitripFlightInsuranceProductSearchInsProductDTO[];
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InsProductDTO` of `alitrip.flight.insurance.product.search`. */
export interface AlitripFlightInsuranceProductSearchInsProductDTO {
  /** 副标题：同一保险在不同页面可以有不同副标题 */
  sub_titles?: string;
  /** 气泡 */
  bubble?: string;
  /** 保险产品价格 */
  price?: Int64;
  /** 文案 */
  description?: string;
  /** 利益点：一个保险可以有多个利益点，如：意外保障¥500万+意外医疗¥3万；同一利益点在不同页面可以有不同描述，如：OTA页、OTA浮层、下单页、弹屏页 */
  interests?: string;
  /** 主标题 */
  title?: string;
  /** 保险产品名称 */
  product_name?: string;
  /** 保险产品唯一标识 */
  insurance_premium_id?: Int64;
  /** 标签：同一保险在不同页面可以有不同标签 */
  labels?: string;
}

const REQUEST_SCHEMA = {
  insurance_premium_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  err_msg_for_client: 'String',
  ins_products: [
    {
      sub_titles: 'String',
      bubble: 'String',
      price: 'Number',
      description: 'String',
      interests: 'String',
      title: 'String',
      product_name: 'String',
      insurance_premium_id: 'Number',
      labels: 'String',
    },
  ],
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.flight.insurance.product.search`: method, response root, request and response schemas. */
export const alitripFlightInsuranceProductSearchOperation = {
  method: 'alitrip.flight.insurance.product.search',
  responseRoot: 'alitrip_flight_insurance_product_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 搜索保险产品 — calls TOP method `alitrip.flight.insurance.product.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripFlightInsuranceProductSearch(
  client: TopClient,
  request: AlitripFlightInsuranceProductSearchRequest = {},
  options?: CallOptions,
): Promise<AlitripFlightInsuranceProductSearchResponse> {
  return client.call<AlitripFlightInsuranceProductSearchResponse>(
    {
      method: 'alitrip.flight.insurance.product.search',
      responseRoot: 'alitrip_flight_insurance_product_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
