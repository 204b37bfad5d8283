// Generated from specs/tmallsc/tmall.serivcecenter.servicerorder.insurance.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.serivcecenter.servicerorder.insurance.callback` (服务商回传保单信息). */
export interface TmallSerivcecenterServicerorderInsuranceCallbackRequest {
  /** 服务单投保信息回传入参 */
  service_insurance_callback_request: TmallSerivcecenterServicerorderInsuranceCallbackServiceInsuranceCallbackRequestInput;
}

/** Response of `tmall.serivcecenter.servicerorder.insurance.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallSerivcecenterServicerorderInsuranceCallbackResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceInsuranceCallbackRequest` of `tmall.serivcecenter.servicerorder.insurance.callback`. */
export interface TmallSerivcecenterServicerorderInsuranceCallbackServiceInsuranceCallbackRequestInput {
  /** 保单号 */
  insurance_order_no: string;
  /** 投保数量 */
  insurance_count: Int64Input;
  /** 投保对应服务单 */
  insurance_service_order_id: Int64Input;
  /** 投保时间 */
  insurance_start_time: DateInput;
  /** 退保时间(暂定） */
  insurance_refund_time?: DateInput;
  /** 投保类型 1：只换不修；2：碎屏；3：延长保修；4:全面保修;5:意外保；6:无忧退 */
  insurance_type: Int64Input;
  /** 保单状态 1 投保成功； 99 投保失败 */
  insurance_order_status: Int64Input;
}

const REQUEST_SCHEMA = {
  service_insurance_callback_request: {
    insurance_order_no: 'String',
    insurance_count: 'Number',
    insurance_service_order_id: 'Number',
    insurance_start_time: 'Date',
    insurance_refund_time: 'Date',
    insurance_type: 'Number',
    insurance_order_status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.serivcecenter.servicerorder.insurance.callback`: method, response root, request and response schemas. */
export const tmallSerivcecenterServicerorderInsuranceCallbackOperation = {
  method: 'tmall.serivcecenter.servicerorder.insurance.callback',
  responseRoot: 'tmall_serivcecenter_servicerorder_insurance_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商回传保单信息 — calls TOP method `tmall.serivcecenter.servicerorder.insurance.callback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallSerivcecenterServicerorderInsuranceCallback(
  client: TopClient,
  request: TmallSerivcecenterServicerorderInsuranceCallbackRequest,
  options?: CallOptions,
): Promise<TmallSerivcecenterServicerorderInsuranceCallbackResponse> {
  return client.call<TmallSerivcecenterServicerorderInsuranceCallbackResponse>(
    {
      method: 'tmall.serivcecenter.servicerorder.insurance.callback',
      responseRoot: 'tmall_serivcecenter_servicerorder_insurance_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
