// Generated from specs/cityretail/tmall.cityretail.wmfl.order.logistics.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.cityretail.wmfl.order.logistics.query` (完美履约订单物流状态查询接口). */
export interface TmallCityretailWmflOrderLogisticsQueryRequest {
  /** 订单号 */
  main_order_id: string;
}

/** Response of `tmall.cityretail.wmfl.order.logistics.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCityretailWmflOrderLogisticsQueryResponse {
  /** 返回对象 */
  result?: TmallCityretailWmflOrderLogisticsQueryWorkResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkResult` of `tmall.cityretail.wmfl.order.logistics.query`. */
export interface TmallCityretailWmflOrderLogisticsQueryWorkResult {
  /** 错误码 */
  error_code?: string;
  /** 返回数据对象 */
  result_data?: TmallCityretailWmflOrderLogisticsQueryOrderLogisticsResponseDto;
  /** 是否成功 */
  is_success?: boolean;
  /** 错误信息 */
  error_message?: string;
}

/** `OrderLogisticsResponseDto` of `tmall.cityretail.wmfl.order.logistics.query`. */
export interface TmallCityretailWmflOrderLogisticsQueryOrderLogisticsResponseDto {
  /** 快递员姓名 */
  deliverer_name?: string;
  /** 快递员电话 */
  deliverer_phone?: string;
  /** 取件失败原因 */
  fail_reason?: string;
  /** 失败码 */
  fail_code?: string;
  /** 状态产生时间 */
  logistic_time?: string;
  /** 物流状态 */
  logistic_status?: string;
  /** 物流状态说明 */
  logistic_status_name?: string;
}

const REQUEST_SCHEMA = {
  main_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    result_data: {
      deliverer_name: 'String',
      deliverer_phone: 'String',
      fail_reason: 'String',
      fail_code: 'String',
      logistic_time: 'String',
      logistic_status: 'String',
      logistic_status_name: 'String',
    },
    is_success: 'Boolean',
    error_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.cityretail.wmfl.order.logistics.query`: method, response root, request and response schemas. */
export const tmallCityretailWmflOrderLogisticsQueryOperation = {
  method: 'tmall.cityretail.wmfl.order.logistics.query',
  responseRoot: 'tmall_cityretail_wmfl_order_logistics_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 完美履约订单物流状态查询接口 — calls TOP method `tmall.cityretail.wmfl.order.logistics.query`.
 *
 * 完美履约订单物流状态查询接口，该接口只能查询未完结的履约单以及完结的3天内订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCityretailWmflOrderLogisticsQuery(
  client: TopClient,
  request: TmallCityretailWmflOrderLogisticsQueryRequest,
  options?: CallOptions,
): Promise<TmallCityretailWmflOrderLogisticsQueryResponse> {
  return client.call<TmallCityretailWmflOrderLogisticsQueryResponse>(
    {
      method: 'tmall.cityretail.wmfl.order.logistics.query',
      responseRoot: 'tmall_cityretail_wmfl_order_logistics_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
