// Generated from specs/alihealthmedical/alibaba.alihealth.medical.order.refuse.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medical.order.refuse` (三方机构通知平台"医生拒诊"). */
export interface AlibabaAlihealthMedicalOrderRefuseRequest {
  /** 请求入参 */
  request_info?: AlibabaAlihealthMedicalOrderRefuseRefuseOrderRequestDTOInput;
}

/** Response of `alibaba.alihealth.medical.order.refuse`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalOrderRefuseResponse {
  /** 出参 */
  result?: AlibabaAlihealthMedicalOrderRefuseServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefuseOrderRequestDTO` of `alibaba.alihealth.medical.order.refuse`. */
export interface AlibabaAlihealthMedicalOrderRefuseRefuseOrderRequestDTOInput {
  /** 订单ID */
  order_id: string;
  /** 互联网医院编码 */
  hospital_id: string;
  /** 医生UUID */
  doctor_id?: string;
  /** 拒绝原因 */
  reason: string;
  /** 会话ID */
  session_id: string;
  /** 拒诊的触发类型：doctor或platform 。医生手动拒诊：doctor；三方系统触发：platform */
  trigger_type?: string;
}

/** `ServiceResult` of `alibaba.alihealth.medical.order.refuse`. */
export interface AlibabaAlihealthMedicalOrderRefuseServiceResult {
  /** 消息是否成功 */
  is_success?: boolean;
  /** 错误码 */
  code_error?: string;
  /** 错误信息 */
  message_error?: string;
  /** 医生是否拒诊成功 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  request_info: {
    order_id: 'String',
    hospital_id: 'String',
    doctor_id: 'String',
    reason: 'String',
    session_id: 'String',
    trigger_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    is_success: 'Boolean',
    code_error: 'String',
    message_error: 'String',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.medical.order.refuse`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalOrderRefuseOperation = {
  method: 'alibaba.alihealth.medical.order.refuse',
  responseRoot: 'alibaba_alihealth_medical_order_refuse_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 三方机构通知平台"医生拒诊" — calls TOP method `alibaba.alihealth.medical.order.refuse`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalOrderRefuse(
  client: TopClient,
  request: AlibabaAlihealthMedicalOrderRefuseRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalOrderRefuseResponse> {
  return client.call<AlibabaAlihealthMedicalOrderRefuseResponse>(
    {
      method: 'alibaba.alihealth.medical.order.refuse',
      responseRoot: 'alibaba_alihealth_medical_order_refuse_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
