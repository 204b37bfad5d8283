// Generated from specs/healthnr/alibaba.health.nr.logistics.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.nr.logistics.query` (阿里健康新零售物流详情接口). */
export interface AlibabaHealthNrLogisticsQueryRequest {
  /** 订单id */
  order_id: Int64Input;
}

/** Response of `alibaba.health.nr.logistics.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthNrLogisticsQueryResponse {
  /** 返回结果 */
  response_result?: AlibabaHealthNrLogisticsQueryResponseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResponseResult` of `alibaba.health.nr.logistics.query`. */
export interface AlibabaHealthNrLogisticsQueryResponseResult {
  /** 返回结果 */
  result?: AlibabaHealthNrLogisticsQueryLogisticsDetail;
  /** 错误码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
  /** 是否成功（true 成功，false 失败） */
  success?: boolean;
}

/** `LogisticsDetail` of `alibaba.health.nr.logistics.query`. */
export interface AlibabaHealthNrLogisticsQueryLogisticsDetail {
  /** 订单id */
  order_id?: Int64;
  /** 物流状态 */
  logistics_status?: Int64;
  /** 物流商 */
  logistics_name?: string;
  /** 配送单下单时间 */
  send_time?: string;
  /** 配送单确认时间 */
  confirm_time?: string;
  /** 配送单取消时间 */
  cancel_time?: string;
  /** 骑手取货时间 */
  fetch_time?: string;
  /** 配送完成时间 */
  complete_time?: string;
  /** 骑手姓名 */
  dispatcher_name?: string;
  /** 骑手电话 */
  dispatcher_mobile?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response_result: {
    result: {
      order_id: 'Number',
      logistics_status: 'Number',
      logistics_name: 'String',
      send_time: 'Date',
      confirm_time: 'Date',
      cancel_time: 'Date',
      fetch_time: 'Date',
      complete_time: 'Date',
      dispatcher_name: 'String',
      dispatcher_mobile: 'String',
    },
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.health.nr.logistics.query`: method, response root, request and response schemas. */
export const alibabaHealthNrLogisticsQueryOperation = {
  method: 'alibaba.health.nr.logistics.query',
  responseRoot: 'alibaba_health_nr_logistics_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里健康新零售物流详情接口 — calls TOP method `alibaba.health.nr.logistics.query`.
 *
 * 对阿里健康o2o对接的商户提供查询物流单详情的能力
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthNrLogisticsQuery(
  client: TopClient,
  request: AlibabaHealthNrLogisticsQueryRequest,
  options?: CallOptions,
): Promise<AlibabaHealthNrLogisticsQueryResponse> {
  return client.call<AlibabaHealthNrLogisticsQueryResponse>(
    {
      method: 'alibaba.health.nr.logistics.query',
      responseRoot: 'alibaba_health_nr_logistics_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
