// Generated from specs/examination/alibaba.alihealth.examination.reserve.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.reserve.cancel` (体检机构对接_预约取消). */
export interface AlibabaAlihealthExaminationReserveCancelRequest {
  /** 商户唯一码 */
  merchant_code?: string;
  /** 阿里健康预约唯一标识 */
  reserve_number?: string;
  /** 预约时间 */
  reserve_date?: string;
  /** 体检套餐编码 */
  package_code?: string;
  /** 店铺ID */
  store_id?: string;
  /** 体检机构预约唯一标识码 */
  uniq_reserve_code?: string;
}

/** Response of `alibaba.alihealth.examination.reserve.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationReserveCancelResponse {
  /** 200:取消成功，状态变为已取消;800:取消失败，状态变为取消预约中；700：取消失败状态从取消预约中变为已到检；600取消失败，状态从取消预约中变为已预约 */
  response_code?: string;
  /** 返回状态码不是600或者700时，不需要返回此字段 */
  revision_info?: AlibabaAlihealthExaminationReserveCancelRevisionInfo;
  /** 返回结果描述 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RevisionInfo` of `alibaba.alihealth.examination.reserve.cancel`. */
export interface AlibabaAlihealthExaminationReserveCancelRevisionInfo {
  /** 返回状态码600和700 需要此值 */
  reserve_date?: string;
  /** 返回状态码600和700 需要此值 */
  uniq_reserve_code?: string;
}

const REQUEST_SCHEMA = {
  merchant_code: 'String',
  reserve_number: 'String',
  reserve_date: 'String',
  package_code: 'String',
  store_id: 'String',
  uniq_reserve_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response_code: 'String',
  revision_info: {
    reserve_date: 'String',
    uniq_reserve_code: 'String',
  },
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.reserve.cancel`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationReserveCancelOperation = {
  method: 'alibaba.alihealth.examination.reserve.cancel',
  responseRoot: 'alibaba_alihealth_examination_reserve_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 体检机构对接_预约取消 — calls TOP method `alibaba.alihealth.examination.reserve.cancel`.
 *
 * 体检机构对接_体检取消
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationReserveCancel(
  client: TopClient,
  request: AlibabaAlihealthExaminationReserveCancelRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationReserveCancelResponse> {
  return client.call<AlibabaAlihealthExaminationReserveCancelResponse>(
    {
      method: 'alibaba.alihealth.examination.reserve.cancel',
      responseRoot: 'alibaba_alihealth_examination_reserve_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
