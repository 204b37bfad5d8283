// Generated from specs/flightuppc/alitrip.flight.insurance.order.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.flight.insurance.order.search` (查询保险订单详情). */
export interface AlitripFlightInsuranceOrderSearchRequest {
  /** 外部订单号 */
  out_order_id?: Int64Input;
}

/** Response of `alitrip.flight.insurance.order.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripFlightInsuranceOrderSearchResponse {
  /** 保险订单 */
  ins_orders?: AlitripFlightInsuranceOrderSearchInsOrderOpenDTO[];
  /** 错误信息，调用成功是该字段为空 */
  err_msg_for_client?: string;
  /** 是否调用成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InsOrderOpenDTO` of `alitrip.flight.insurance.order.search`. */
export interface AlitripFlightInsuranceOrderSearchInsOrderOpenDTO {
  /** 卖家昵称 */
  seller_nick?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 订单详情列表 */
  ins_order_detail_list?: AlitripFlightInsuranceOrderSearchInsOrderOpenDetailDTO[];
  /** 保险订单号 */
  tc_order_id?: Int64;
  /** 保单详情页地址 */
  policy_detail_url?: string;
  /** 保单号 */
  policy_no?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 保险产品名称 */
  product_name?: string;
  /** features */
  features?: string;
  /** 保险供应方id */
  seller_id?: Int64;
  /** 保险份数 */
  copies?: Int64;
  /** 保险价格 */
  price?: Int64;
  /** 外部订单号 */
  out_order_id?: Int64;
  /** 保险产品编号 */
  product_no?: string;
  /** 保险订单状态 */
  status?: Int64;
  /** 保险产品id */
  premium_id?: Int64;
}

/** `InsOrderOpenDetailDTO` of `alitrip.flight.insurance.order.search`. */
export interface AlitripFlightInsuranceOrderSearchInsOrderOpenDetailDTO {
  /** 被保人id */
  ins_person_id?: Int64;
  /** 修改时间 */
  gmt_modified?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 保险订单号 */
  tc_order_id?: Int64;
  /** 被保人信息 */
  ins_order_open_person?: AlitripFlightInsuranceOrderSearchInsOrderOpenPersonDTO;
  /** 子保单号 */
  policy_no?: string;
  /** 订单是否有效 */
  is_enable?: boolean;
  /** 保险价格 */
  price?: Int64;
  /** claimApplyTime */
  claim_apply_time?: string;
  /** 保险产品编号 */
  product_no?: string;
  /** itemSourceTag */
  item_source_tag?: Int64;
  /** claimFee */
  claim_fee?: Int64;
  /** 保司名称 */
  ins_company?: string;
  /** claimSuccessTime */
  claim_success_time?: string;
  /** effectiveEndTime */
  effective_end_time?: string;
  /** insSegmentId */
  ins_segment_id?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 航段信息 */
  ins_order_open_segment?: AlitripFlightInsuranceOrderSearchInsOrderOpenSegmentDTO;
  /** effectiveStartTime */
  effective_start_time?: string;
  /** 外部订单号 */
  out_order_id?: Int64;
  /** 子保单状态 */
  status?: Int64;
}

/** `InsOrderOpenPersonDTO` of `alitrip.flight.insurance.order.search`. */
export interface AlitripFlightInsuranceOrderSearchInsOrderOpenPersonDTO {
  /** 保险订单号 */
  tc_order_id?: Int64;
  /** idCardNo(md5脱敏) */
  id_card_no?: string;
  /** 子保单号 */
  policy_no?: string;
  /** idCardType */
  id_card_type?: Int64;
  /** 外部订单号 */
  out_order_id?: Int64;
}

/** `InsOrderOpenSegmentDTO` of `alitrip.flight.insurance.order.search`. */
export interface AlitripFlightInsuranceOrderSearchInsOrderOpenSegmentDTO {
  /** 保险订单号 */
  tc_order_id?: Int64;
  /** 航司名称 */
  company_name?: string;
  /** 到达城市 */
  arr_city?: string;
  /** 出发城市 */
  dep_city?: string;
  /** 子保单号 */
  policy_no?: string;
  /** 航段编号 */
  segment_no?: string;
  /** 外部订单号 */
  out_order_id?: Int64;
  /** 出发时间 */
  start_time?: string;
  /** 到达时间 */
  end_time?: string;
  /** attribute */
  attribute?: string;
}

const REQUEST_SCHEMA = {
  out_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ins_orders: [
    {
      seller_nick: 'String',
      gmt_modified: 'Date',
      ins_order_detail_list: [
        {
          ins_person_id: 'Number',
          gmt_modified: 'Date',
          pay_time: 'Date',
          tc_order_id: 'Number',
          ins_order_open_person: {
            tc_order_id: 'Number',
            id_card_no: 'String',
            policy_no: 'String',
            id_card_type: 'Number',
            out_order_id: 'Number',
          },
          policy_no: 'String',
          is_enable: 'Boolean',
          price: 'Number',
          claim_apply_time: 'Date',
          product_no: 'String',
          item_source_tag: 'Number',
          claim_fee: 'Number',
          ins_company: 'String',
          claim_success_time: 'Date',
          effective_end_time: 'Date',
          ins_segment_id: 'Number',
          gmt_create: 'Date',
          ins_order_open_segment: {
            tc_order_id: 'Number',
            company_name: 'String',
            arr_city: 'String',
            dep_city: 'String',
            policy_no: 'String',
            segment_no: 'String',
            out_order_id: 'Number',
            start_time: 'Date',
            end_time: 'Date',
            attribute: 'String',
          },
          effective_start_time: 'Date',
          out_order_id: 'Number',
          status: 'Number',
        },
      ],
      tc_order_id: 'Number',
      policy_detail_url: 'String',
      policy_no: 'String',
      gmt_create: 'Date',
      product_name: 'String',
      features: 'String',
      seller_id: 'Number',
      copies: 'Number',
      price: 'Number',
      out_order_id: 'Number',
      product_no: 'String',
      status: 'Number',
      premium_id: 'Number',
    },
  ],
  err_msg_for_client: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.flight.insurance.order.search`: method, response root, request and response schemas. */
export const alitripFlightInsuranceOrderSearchOperation = {
  method: 'alitrip.flight.insurance.order.search',
  responseRoot: 'alitrip_flight_insurance_order_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询保险订单详情 — calls TOP method `alitrip.flight.insurance.order.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripFlightInsuranceOrderSearch(
  client: TopClient,
  request: AlitripFlightInsuranceOrderSearchRequest = {},
  options?: CallOptions,
): Promise<AlitripFlightInsuranceOrderSearchResponse> {
  return client.call<AlitripFlightInsuranceOrderSearchResponse>(
    {
      method: 'alitrip.flight.insurance.order.search',
      responseRoot: 'alitrip_flight_insurance_order_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
