// Generated from specs/flightuppc/alitrip.flight.insurance.order.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.flight.insurance.order.modify` (保险订单批改申请). */
export interface AlitripFlightInsuranceOrderModifyRequest {
  /** 请求体 */
  ins_reverse_order_req: AlitripFlightInsuranceOrderModifyInsReverseOrderReqInput;
}

/** Response of `alitrip.flight.insurance.order.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripFlightInsuranceOrderModifyResponse {
  /** 错误信息（调用成功时该字段为空） */
  err_msg_for_client?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InsReverseOrderReq` of `alitrip.flight.insurance.order.modify`. */
export interface AlitripFlightInsuranceOrderModifyInsReverseOrderReqInput {
  /** 保险信息列表 */
  insureds?: AlitripFlightInsuranceOrderModifyInsPersonAndAirSegmentDTOInput[];
  /** 保险订单号 */
  tp_order_id?: Int64Input;
}

/** `InsPersonAndAirSegmentDTO` of `alitrip.flight.insurance.order.modify`. */
export interface AlitripFlightInsuranceOrderModifyInsPersonAndAirSegmentDTOInput {
  /** 航段信息 */
  ins_order_segment?: AlitripFlightInsuranceOrderModifyInsOrderAirTicketSegmentDTOInput;
  /** 被保人 */
  ins_person?: AlitripFlightInsuranceOrderModifyInsPersonDTOInput;
}

/** `InsOrderAirTicketSegmentDTO` of `alitrip.flight.insurance.order.modify`. */
export interface AlitripFlightInsuranceOrderModifyInsOrderAirTicketSegmentDTOInput {
  /** 票价 */
  ticket_price?: string;
  /** 航司名称 */
  company_name?: string;
  /** 到达城市 */
  arr_city?: string;
  /** 出发城市 */
  dep_city?: string;
  /** 子保单号 */
  policy_no?: string;
  /** 航班号 */
  flight_no?: string;
  /** 票号 */
  ticket_no?: string;
  /** 起飞时间 */
  start_time?: DateInput;
  /** 到达时间 */
  end_time?: DateInput;
}

/** `InsPersonDTO` of `alitrip.flight.insurance.order.modify`. */
export interface AlitripFlightInsuranceOrderModifyInsPersonDTOInput {
  /** 证件编号 */
  cert_no?: string;
  /** 证件类型 */
  cert_type?: Int64Input;
  /** 证件名字 */
  cert_name?: string;
}

const REQUEST_SCHEMA = {
  ins_reverse_order_req: {
    insureds: [
      {
        ins_order_segment: {
          ticket_price: 'String',
          company_name: 'String',
          arr_city: 'String',
          dep_city: 'String',
          policy_no: 'String',
          flight_no: 'String',
          ticket_no: 'String',
          start_time: 'Date',
          end_time: 'Date',
        },
        ins_person: {
          cert_no: 'String',
          cert_type: 'Number',
          cert_name: 'String',
        },
      },
    ],
    tp_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  err_msg_for_client: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.flight.insurance.order.modify`: method, response root, request and response schemas. */
export const alitripFlightInsuranceOrderModifyOperation = {
  method: 'alitrip.flight.insurance.order.modify',
  responseRoot: 'alitrip_flight_insurance_order_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 保险订单批改申请 — calls TOP method `alitrip.flight.insurance.order.modify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripFlightInsuranceOrderModify(
  client: TopClient,
  request: AlitripFlightInsuranceOrderModifyRequest,
  options?: CallOptions,
): Promise<AlitripFlightInsuranceOrderModifyResponse> {
  return client.call<AlitripFlightInsuranceOrderModifyResponse>(
    {
      method: 'alitrip.flight.insurance.order.modify',
      responseRoot: 'alitrip_flight_insurance_order_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
