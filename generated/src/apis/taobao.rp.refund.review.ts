// Generated from specs/tbrefund/taobao.rp.refund.review.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rp.refund.review` (审核退款单). */
export interface TaobaoRpRefundReviewRequest {
  /** 审核人姓名 */
  operator: string;
  /** 退款单编号 */
  refund_id: Int64Input;
  /** 退款阶段，可选值：售中：onsale，售后：aftersale */
  refund_phase: string;
  /** 退款最后更新时间，以时间戳的方式表示 */
  refund_version: Int64Input;
  /** 审核留言 */
  message: string;
  /** 审核是否可用于批量退款，可选值：true（审核通过），false（审核不通过或反审核） */
  result: boolean;
}

/** Response of `taobao.rp.refund.review`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRpRefundReviewResponse {
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  operator: 'String',
  refund_id: 'Number',
  refund_phase: 'String',
  refund_version: 'Number',
  message: 'String',
  result: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.rp.refund.review`: method, response root, request and response schemas. */
export const taobaoRpRefundReviewOperation = {
  method: 'taobao.rp.refund.review',
  responseRoot: 'rp_refund_review_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 审核退款单 — calls TOP method `taobao.rp.refund.review`.
 *
 * 审核退款单，标志是否可用于批量退款，目前仅支持天猫订单。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRpRefundReview(
  client: TopClient,
  request: TaobaoRpRefundReviewRequest,
  options?: CallOptions,
): Promise<TaobaoRpRefundReviewResponse> {
  return client.call<TaobaoRpRefundReviewResponse>(
    {
      method: 'taobao.rp.refund.review',
      responseRoot: 'rp_refund_review_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
