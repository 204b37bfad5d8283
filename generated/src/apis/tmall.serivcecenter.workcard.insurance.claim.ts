// Generated from specs/tmallsc/tmall.serivcecenter.workcard.insurance.claim.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.serivcecenter.workcard.insurance.claim` (保险理赔回传工单记录). */
export interface TmallSerivcecenterWorkcardInsuranceClaimRequest {
  /** 工单回传理赔信息入参 */
  workcard_insurance_callback_request: TmallSerivcecenterWorkcardInsuranceClaimWorkcardInsuranceCallbackRequestInput;
}

/** Response of `tmall.serivcecenter.workcard.insurance.claim`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallSerivcecenterWorkcardInsuranceClaimResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkcardInsuranceCallbackRequest` of `tmall.serivcecenter.workcard.insurance.claim`. */
export interface TmallSerivcecenterWorkcardInsuranceClaimWorkcardInsuranceCallbackRequestInput {
  /** 工单ID */
  workcard_id: Int64Input;
  /** 拒绝理赔原因（拒绝时启用 */
  claim_desc?: string;
  /** 理赔单数量：理论都为1 */
  claim_count: Int64Input;
  /** 理赔单号 */
  claim_order_no: string;
  /** 理赔状态0：未理赔 1 理赔成功 2：理赔失败 */
  claim_status: Int64Input;
  /** 理赔时间 */
  claim_time: DateInput;
  /** 理赔金额（分 */
  claim_fee: Int64Input;
}

const REQUEST_SCHEMA = {
  workcard_insurance_callback_request: {
    workcard_id: 'Number',
    claim_desc: 'String',
    claim_count: 'Number',
    claim_order_no: 'String',
    claim_status: 'Number',
    claim_time: 'Date',
    claim_fee: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.serivcecenter.workcard.insurance.claim`: method, response root, request and response schemas. */
export const tmallSerivcecenterWorkcardInsuranceClaimOperation = {
  method: 'tmall.serivcecenter.workcard.insurance.claim',
  responseRoot: 'tmall_serivcecenter_workcard_insurance_claim_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 保险理赔回传工单记录 — calls TOP method `tmall.serivcecenter.workcard.insurance.claim`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallSerivcecenterWorkcardInsuranceClaim(
  client: TopClient,
  request: TmallSerivcecenterWorkcardInsuranceClaimRequest,
  options?: CallOptions,
): Promise<TmallSerivcecenterWorkcardInsuranceClaimResponse> {
  return client.call<TmallSerivcecenterWorkcardInsuranceClaimResponse>(
    {
      method: 'tmall.serivcecenter.workcard.insurance.claim',
      responseRoot: 'tmall_serivcecenter_workcard_insurance_claim_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
