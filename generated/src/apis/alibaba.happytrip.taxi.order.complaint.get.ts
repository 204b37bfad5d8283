// Generated from specs/happytrip/alibaba.happytrip.taxi.order.complaint.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.happytrip.taxi.order.complaint.get` (投诉详情). */
export interface AlibabaHappytripTaxiOrderComplaintGetRequest {
  /** 供应商订单号 */
  order_id: string;
  /** 供应商工单号 */
  case_id: string;
}

/** Response of `alibaba.happytrip.taxi.order.complaint.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHappytripTaxiOrderComplaintGetResponse {
  /** 错误码 */
  errno?: Int64;
  /** 错误信息 */
  errmsg?: string;
  /** 投诉详情获取结果 */
  data?: AlibabaHappytripTaxiOrderComplaintGetStruct;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Struct` of `alibaba.happytrip.taxi.order.complaint.get`. */
export interface AlibabaHappytripTaxiOrderComplaintGetStruct {
  /** 供应商订单号 */
  order_id?: string;
  /** 供应商工单号 */
  case_id?: string;
  /** 处理状态，0：处理中，1：处理完成 */
  status?: Int64;
  /** 处理结果 */
  result?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
  case_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  errno: 'Number',
  errmsg: 'String',
  data: {
    order_id: 'String',
    case_id: 'String',
    status: 'Number',
    result: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.happytrip.taxi.order.complaint.get`: method, response root, request and response schemas. */
export const alibabaHappytripTaxiOrderComplaintGetOperation = {
  method: 'alibaba.happytrip.taxi.order.complaint.get',
  responseRoot: 'alibaba_happytrip_taxi_order_complaint_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 投诉详情 — calls TOP method `alibaba.happytrip.taxi.order.complaint.get`.
 *
 * 获取投诉处理进度详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHappytripTaxiOrderComplaintGet(
  client: TopClient,
  request: AlibabaHappytripTaxiOrderComplaintGetRequest,
  options?: CallOptions,
): Promise<AlibabaHappytripTaxiOrderComplaintGetResponse> {
  return client.call<AlibabaHappytripTaxiOrderComplaintGetResponse>(
    {
      method: 'alibaba.happytrip.taxi.order.complaint.get',
      responseRoot: 'alibaba_happytrip_taxi_order_complaint_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
