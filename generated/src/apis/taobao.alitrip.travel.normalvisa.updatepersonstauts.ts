// Generated from specs/normalvisa/taobao.alitrip.travel.normalvisa.updatepersonstauts.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.normalvisa.updatepersonstauts` (更新签证办理进度). */
export interface TaobaoAlitripTravelNormalvisaUpdatepersonstautsRequest {
  /**
   * 更新信息
   *
   * Max list size: 100
   */
  normal_visa_update_unit_list: TaobaoAlitripTravelNormalvisaUpdatepersonstautsNormalVisaUpdateUnitInput[];
  /** 订单号 */
  biz_order_id: Int64Input;
}

/** Response of `taobao.alitrip.travel.normalvisa.updatepersonstauts`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelNormalvisaUpdatepersonstautsResponse {
  /** 结果：包含result更新成功 */
  result?: TaobaoAlitripTravelNormalvisaUpdatepersonstautsResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NormalVisaUpdateUnit` of `taobao.alitrip.travel.normalvisa.updatepersonstauts`. */
export interface TaobaoAlitripTravelNormalvisaUpdatepersonstautsNormalVisaUpdateUnitInput {
  /** 预约时间 */
  book_time?: string;
  /** 备注 */
  remark?: string;
  /** 状态：无办理人信息（1001），办理人已填写（1002），已收到资料（1003），已审核完成（1004），已送签（1005），结果已返回（1006），已预约面试（1007 ），处理中（1008），买家已填写反馈信息（1009），已中止办理（1010） */
  status: Int64Input;
  /** 物流单号 */
  post_number?: string;
  /** 订单号 */
  biz_order_id: Int64Input;
  /** 用户id */
  person_visa_id: Int64Input;
  /** 预约地点 */
  book_place?: string;
  /** 物流公司编码 */
  post_company_code?: string;
  /** 物流公司名称 */
  post_company_name?: string;
}

/** `ResultSet` of `taobao.alitrip.travel.normalvisa.updatepersonstauts`. */
export interface TaobaoAlitripTravelNormalvisaUpdatepersonstautsResultSet {
  /** 结果 */
  results?: boolean[];
  /** 结果数 */
  total_results?: Int64;
  /** 是否包含下一个 */
  has_next?: boolean;
  /** 异常 */
  exception?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  normal_visa_update_unit_list: [
    {
      book_time: 'String',
      remark: 'String',
      status: 'Number',
      post_number: 'String',
      biz_order_id: 'Number',
      person_visa_id: 'Number',
      book_place: 'String',
      post_company_code: 'String',
      post_company_name: 'String',
    },
  ],
  biz_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: ['Boolean'],
    total_results: 'Number',
    has_next: 'Boolean',
    exception: 'String',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.normalvisa.updatepersonstauts`: method, response root, request and response schemas. */
export const taobaoAlitripTravelNormalvisaUpdatepersonstautsOperation = {
  method: 'taobao.alitrip.travel.normalvisa.updatepersonstauts',
  responseRoot: 'alitrip_travel_normalvisa_updatepersonstauts_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新签证办理进度 — calls TOP method `taobao.alitrip.travel.normalvisa.updatepersonstauts`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelNormalvisaUpdatepersonstauts(
  client: TopClient,
  request: TaobaoAlitripTravelNormalvisaUpdatepersonstautsRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelNormalvisaUpdatepersonstautsResponse> {
  return client.call<TaobaoAlitripTravelNormalvisaUpdatepersonstautsResponse>(
    {
      method: 'taobao.alitrip.travel.normalvisa.updatepersonstauts',
      responseRoot: 'alitrip_travel_normalvisa_updatepersonstauts_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
