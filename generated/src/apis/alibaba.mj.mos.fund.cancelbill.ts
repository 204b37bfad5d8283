// Generated from specs/mos/alibaba.mj.mos.fund.cancelbill.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mj.mos.fund.cancelbill` (取消付款单). */
export interface AlibabaMjMosFundCancelbillRequest {
  /** 取消入参 */
  cancel_bill_d_t_o?: AlibabaMjMosFundCancelbillCancelBillDtoInput;
}

/** Response of `alibaba.mj.mos.fund.cancelbill`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMjMosFundCancelbillResponse {
  /** data */
  data?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CancelBillDto` of `alibaba.mj.mos.fund.cancelbill`. */
export interface AlibabaMjMosFundCancelbillCancelBillDtoInput {
  /** 取消备注 */
  cancel_comments: string;
  /** 结算行集合 */
  settle_line_nos: string[];
  /** 取消类型 */
  cancel_type: string;
  /** 付款单号 */
  bill_no: string;
  /** 备注 */
  extend_params?: string;
}

const REQUEST_SCHEMA = {
  cancel_bill_d_t_o: {
    cancel_comments: 'String',
    settle_line_nos: ['String'],
    cancel_type: 'String',
    bill_no: 'String',
    extend_params: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mj.mos.fund.cancelbill`: method, response root, request and response schemas. */
export const alibabaMjMosFundCancelbillOperation = {
  method: 'alibaba.mj.mos.fund.cancelbill',
  responseRoot: 'alibaba_mj_mos_fund_cancelbill_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消付款单 — calls TOP method `alibaba.mj.mos.fund.cancelbill`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMjMosFundCancelbill(
  client: TopClient,
  request: AlibabaMjMosFundCancelbillRequest = {},
  options?: CallOptions,
): Promise<AlibabaMjMosFundCancelbillResponse> {
  return client.call<AlibabaMjMosFundCancelbillResponse>(
    {
      method: 'alibaba.mj.mos.fund.cancelbill',
      responseRoot: 'alibaba_mj_mos_fund_cancelbill_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
