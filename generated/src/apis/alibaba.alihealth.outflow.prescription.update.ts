// Generated from specs/alihealthoutflow/alibaba.alihealth.outflow.prescription.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.outflow.prescription.update` (处方外流-修改处方). */
export interface AlibabaAlihealthOutflowPrescriptionUpdateRequest {
  /** 入参对象 */
  update_request?: AlibabaAlihealthOutflowPrescriptionUpdatePrescriptionOutflowUpdateRequestInput;
}

/** Response of `alibaba.alihealth.outflow.prescription.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthOutflowPrescriptionUpdateResponse {
  /** ServiceResult */
  service_result?: AlibabaAlihealthOutflowPrescriptionUpdateServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PrescriptionOutflowUpdateRequest` of `alibaba.alihealth.outflow.prescription.update`. */
export interface AlibabaAlihealthOutflowPrescriptionUpdatePrescriptionOutflowUpdateRequestInput {
  /** 处方号(非空) */
  rx_no?: string;
  /** 费用类型(非空)（MEDICAL_INSURANCE、OWN_EXPENSE） */
  fee_type?: string;
  /** 外配单号（可空)(医保支付时必填) */
  card_number?: string;
  /** 同步his结果(非空) */
  sync_his_result?: boolean;
  /** 同步his错误信息(可空) */
  sync_his_err_msg?: string;
}

/** `ServiceResult` of `alibaba.alihealth.outflow.prescription.update`. */
export interface AlibabaAlihealthOutflowPrescriptionUpdateServiceResult {
  /** 返回数据对象 */
  data?: string;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_message?: string;
  /** 标识 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  update_request: {
    rx_no: 'String',
    fee_type: 'String',
    card_number: 'String',
    sync_his_result: 'Boolean',
    sync_his_err_msg: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_result: {
    data: 'String',
    err_code: 'String',
    err_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.outflow.prescription.update`: method, response root, request and response schemas. */
export const alibabaAlihealthOutflowPrescriptionUpdateOperation = {
  method: 'alibaba.alihealth.outflow.prescription.update',
  responseRoot: 'alibaba_alihealth_outflow_prescription_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 处方外流-修改处方 — calls TOP method `alibaba.alihealth.outflow.prescription.update`.
 *
 * 阿里健康-处方外流-对外提供处方修改功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthOutflowPrescriptionUpdate(
  client: TopClient,
  request: AlibabaAlihealthOutflowPrescriptionUpdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthOutflowPrescriptionUpdateResponse> {
  return client.call<AlibabaAlihealthOutflowPrescriptionUpdateResponse>(
    {
      method: 'alibaba.alihealth.outflow.prescription.update',
      responseRoot: 'alibaba_alihealth_outflow_prescription_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
