// Generated from specs/normalvisa/alitrip.travel.visa.applicant.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.visa.applicant.query` (签证申请人查询接口). */
export interface AlitripTravelVisaApplicantQueryRequest {
  /** 请求参数 */
  param0?: AlitripTravelVisaApplicantQueryQueryApplicantParamInput;
}

/** Response of `alitrip.travel.visa.applicant.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelVisaApplicantQueryResponse {
  /** result */
  result?: AlitripTravelVisaApplicantQueryQueryVisaApplicantResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryApplicantParam` of `alitrip.travel.visa.applicant.query`. */
export interface AlitripTravelVisaApplicantQueryQueryApplicantParamInput {
  /** 页面大小，默认20，最大支持的页面大小为500。 */
  page_size?: Int64Input;
  /** 开始时间 */
  start_time: DateInput;
  /** 结束时间 */
  end_time: DateInput;
  /** 当前页，默认第一页 */
  current_page?: Int64Input;
  /** 查询类型，默认为1。1-按用户提交材料时间查询（仅查询状态为1003的申请人） */
  query_type?: Int64Input;
}

/** `QueryVisaApplicantResult` of `alitrip.travel.visa.applicant.query`. */
export interface AlitripTravelVisaApplicantQueryQueryVisaApplicantResult {
  /** 申请人信息列表 */
  applicant_info_list?: AlitripTravelVisaApplicantQueryVisaApplicantInfo[];
  /** 总申请人数量 */
  total_applicants_count?: Int64;
}

/** `VisaApplicantInfo` of `alitrip.travel.visa.applicant.query`. */
export interface AlitripTravelVisaApplicantQueryVisaApplicantInfo {
  /** 子订单号 */
  sub_tc_order_id?: Int64;
  /** 申请人id */
  apply_id?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    page_size: 'Number',
    start_time: 'Date',
    end_time: 'Date',
    current_page: 'Number',
    query_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    applicant_info_list: [
      {
        sub_tc_order_id: 'Number',
        apply_id: 'String',
      },
    ],
    total_applicants_count: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.visa.applicant.query`: method, response root, request and response schemas. */
export const alitripTravelVisaApplicantQueryOperation = {
  method: 'alitrip.travel.visa.applicant.query',
  responseRoot: 'alitrip_travel_visa_applicant_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 签证申请人查询接口 — calls TOP method `alitrip.travel.visa.applicant.query`.
 *
 * 签证申请人查询接口，商家可根据条件查询申请人id，用于签证办理
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelVisaApplicantQuery(
  client: TopClient,
  request: AlitripTravelVisaApplicantQueryRequest = {},
  options?: CallOptions,
): Promise<AlitripTravelVisaApplicantQueryResponse> {
  return client.call<AlitripTravelVisaApplicantQueryResponse>(
    {
      method: 'alitrip.travel.visa.applicant.query',
      responseRoot: 'alitrip_travel_visa_applicant_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
