// Generated from specs/examination/alibaba.alihealth.examination.reserve.state.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.reserve.state` (体检机构对接_体检状态查询). */
export interface AlibabaAlihealthExaminationReserveStateRequest {
  /** 商户唯一码 */
  merchant_code?: string;
  /** 阿里健康预约唯一标识 */
  reserve_number?: string;
  /** 体检机构预约唯一标识码 */
  uniq_reserve_code?: string;
}

/** Response of `alibaba.alihealth.examination.reserve.state`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationReserveStateResponse {
  /** 返回结果描述 */
  message?: string;
  /** 预约信息 */
  cooperation_order_info?: AlibabaAlihealthExaminationReserveStateCooperationOrderInfo;
  /** 返回结果编码 */
  response_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CooperationOrderInfo` of `alibaba.alihealth.examination.reserve.state`. */
export interface AlibabaAlihealthExaminationReserveStateCooperationOrderInfo {
  /** 机构checkNo */
  check_no?: string;
  /** 证件号 */
  cert_number?: string;
  /** 电话号码 */
  phone?: string;
  /** 婚否(0-未婚; 1-已婚) */
  married?: string;
  /** 证件类型(0-身份证; 1-护照; 2-军官证) */
  cert_type?: string;
  /** 体检人姓名 */
  name?: string;
  /** 性别(0-男;1-女;) */
  gender?: string;
  /** 体检日期 */
  check_date?: string;
  /** 体检状态：未到检(exam_not), 已到检(exam_done)，已取消（exam_cancel）(新增)； 上门服务中还需以下两种状态：预约确认中（reserve_confirming），预约拒绝（reserve_rejected）； */
  reportstatus?: string;
  /** 机构的预约唯一码 */
  uniq_reserve_code?: string;
  /** 阿里健康预约唯一标识 */
  reserve_number?: string;
  /** 预约拒绝原因，在预约拒绝后才需赋值（仅上门服务中使用） */
  cancel_reason?: string;
}

const REQUEST_SCHEMA = {
  merchant_code: 'String',
  reserve_number: 'String',
  uniq_reserve_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  cooperation_order_info: {
    check_no: 'String',
    cert_number: 'String',
    phone: 'String',
    married: 'String',
    cert_type: 'String',
    name: 'String',
    gender: 'String',
    check_date: 'String',
    reportstatus: 'String',
    uniq_reserve_code: 'String',
    reserve_number: 'String',
    cancel_reason: 'String',
  },
  response_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.reserve.state`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationReserveStateOperation = {
  method: 'alibaba.alihealth.examination.reserve.state',
  responseRoot: 'alibaba_alihealth_examination_reserve_state_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 体检机构对接_体检状态查询 — calls TOP method `alibaba.alihealth.examination.reserve.state`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationReserveState(
  client: TopClient,
  request: AlibabaAlihealthExaminationReserveStateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationReserveStateResponse> {
  return client.call<AlibabaAlihealthExaminationReserveStateResponse>(
    {
      method: 'alibaba.alihealth.examination.reserve.state',
      responseRoot: 'alibaba_alihealth_examination_reserve_state_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
