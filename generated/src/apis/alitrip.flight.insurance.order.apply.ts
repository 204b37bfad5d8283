// Generated from specs/flightuppc/alitrip.flight.insurance.order.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.flight.insurance.order.apply` (多险种批量投保). */
export interface AlitripFlightInsuranceOrderApplyRequest {
  /** 请求体 */
  ins_apply_req: AlitripFlightInsuranceOrderApplyInsApplyReqInput;
}

/** Response of `alitrip.flight.insurance.order.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripFlightInsuranceOrderApplyResponse {
  /** 响应体 */
  ins_product_result_list?: AlitripFlightInsuranceOrderApplyInsProductResult[];
  /** 错误信息，调用成功时该字段为空 */
  err_msg_for_client?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 外部订单号 */
  out_order_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InsApplyReq` of `alitrip.flight.insurance.order.apply`. */
export interface AlitripFlightInsuranceOrderApplyInsApplyReqInput {
  /** 投保参数列表，通过险种聚类 */
  ins_product_params: AlitripFlightInsuranceOrderApplyInsProductBaseParamInput[];
}

/** `InsProductBaseParam` of `alitrip.flight.insurance.order.apply`. */
export interface AlitripFlightInsuranceOrderApplyInsProductBaseParamInput {
  /** 干系人，用于保险团队联系 */
  stake_holders: AlitripFlightInsuranceOrderApplyInsPersonParamInput[];
  /** 被保人信息列表 */
  insureds: AlitripFlightInsuranceOrderApplyInsPersonParamInput2[];
  /** 外部订单号，同一个用户购买的保险的outOrderId都是一样的 */
  out_order_id?: Int64Input;
  /** 航段信息列表，示例：{"endCity":"成都", "arrCityCode":"510100", "startTime":"2022-10-26 13:10:00", "arrAirport":"TFU", "startCity":"珠海", "depAirport":"ZUH", "flightNo":"CA2678", "endTime":"2022-10-26 15:40:00", "airlineName":"国航", "depCityCode":"440400", "ticketNo":"123123424"} */
  air_ticket_segment_list: string[];
  /** 保险产品id */
  premium_id: Int64Input;
}

/** `InsPersonParam` of `alitrip.flight.insurance.order.apply`. */
export interface AlitripFlightInsuranceOrderApplyInsPersonParamInput {
  /** 证件号码 */
  cert_no: string;
  /** 身份类型 */
  identity_type: string;
  /** 证件名称 */
  cert_name: string;
  /** 生日，不需要传 */
  birthday?: DateInput;
  /** 证件类型，不需要传 */
  cert_type?: string;
  /** 电话号码，不需要传 */
  phone?: string;
}

/** `InsPersonParam` of `alitrip.flight.insurance.order.apply`. */
export interface AlitripFlightInsuranceOrderApplyInsPersonParamInput2 {
  /** 生日 */
  birthday: DateInput;
  /** 证件类型 */
  cert_type: string;
  /** 证件编号 */
  cert_no: string;
  /** 电话号码 */
  phone: string;
  /** 证件名称 */
  cert_name: string;
}

/** `InsProductResult` of `alitrip.flight.insurance.order.apply`. */
export interface AlitripFlightInsuranceOrderApplyInsProductResult {
  /** 保险产品编码 */
  prod_code?: string;
  /** 保险价格 */
  premium?: Int64;
  /** 生成的保险订单号 */
  tc_order_id?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 保险订单关联的外部订单号 */
  out_order_id?: Int64;
  /** 保险订单号 */
  ins_order_id?: Int64;
  /** 保险产品名称 */
  prod_name?: string;
  /** 保险产品id */
  premium_id?: Int64;
  /** 销售单元 */
  csu_no?: string;
}

const REQUEST_SCHEMA = {
  ins_apply_req: {
    ins_product_params: [
      {
        stake_holders: [
          {
            cert_no: 'String',
            identity_type: 'String',
            cert_name: 'String',
            birthday: 'Date',
            cert_type: 'String',
            phone: 'String',
          },
        ],
        insureds: [
          {
            birthday: 'Date',
            cert_type: 'String',
            cert_no: 'String',
            phone: 'String',
            cert_name: 'String',
          },
        ],
        out_order_id: 'Number',
        air_ticket_segment_list: ['String'],
        premium_id: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ins_product_result_list: [
    {
      prod_code: 'String',
      premium: 'Number',
      tc_order_id: 'Number',
      success: 'Boolean',
      out_order_id: 'Number',
      ins_order_id: 'Number',
      prod_name: 'String',
      premium_id: 'Number',
      csu_no: 'String',
    },
  ],
  err_msg_for_client: 'String',
  is_success: 'Boolean',
  out_order_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.flight.insurance.order.apply`: method, response root, request and response schemas. */
export const alitripFlightInsuranceOrderApplyOperation = {
  method: 'alitrip.flight.insurance.order.apply',
  responseRoot: 'alitrip_flight_insurance_order_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 多险种批量投保 — calls TOP method `alitrip.flight.insurance.order.apply`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripFlightInsuranceOrderApply(
  client: TopClient,
  request: AlitripFlightInsuranceOrderApplyRequest,
  options?: CallOptions,
): Promise<AlitripFlightInsuranceOrderApplyResponse> {
  return client.call<AlitripFlightInsuranceOrderApplyResponse>(
    {
      method: 'alitrip.flight.insurance.order.apply',
      responseRoot: 'alitrip_flight_insurance_order_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
