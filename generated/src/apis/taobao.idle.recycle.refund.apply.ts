// Generated from specs/idle/taobao.idle.recycle.refund.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.idle.recycle.refund.apply` (闲鱼回收交易退款申请V2). */
export interface TaobaoIdleRecycleRefundApplyRequest {
  /** 退款申请 */
  refund_apply?: TaobaoIdleRecycleRefundApplyRecycleRefundTopRequestInput;
}

/** Response of `taobao.idle.recycle.refund.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoIdleRecycleRefundApplyResponse {
  /** 退款申请结果 */
  result?: TaobaoIdleRecycleRefundApplyIdleTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RecycleRefundTopRequest` of `taobao.idle.recycle.refund.apply`. */
export interface TaobaoIdleRecycleRefundApplyRecycleRefundTopRequestInput {
  /** 申请仅退款 */
  message?: string;
  /** 订单号 */
  biz_order_id: Int64Input;
}

/** `IdleTopResult` of `taobao.idle.recycle.refund.apply`. */
export interface TaobaoIdleRecycleRefundApplyIdleTopResult {
  /** 申请结果 */
  module?: TaobaoIdleRecycleRefundApplyRefundBaseDto;
  /** 错误信息 */
  err_msg?: string;
  /** 错误码 */
  err_code?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `RefundBaseDto` of `taobao.idle.recycle.refund.apply`. */
export interface TaobaoIdleRecycleRefundApplyRefundBaseDto {
  /** 订单号 */
  biz_order_id?: Int64;
  /** 退款状态 */
  refund_status?: Int64;
  /** 退款状态描述 */
  refund_status_desc?: string;
  /** 退款金额/分 */
  refund_fee?: Int64;
}

const REQUEST_SCHEMA = {
  refund_apply: {
    message: 'String',
    biz_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      biz_order_id: 'Number',
      refund_status: 'Number',
      refund_status_desc: 'String',
      refund_fee: 'Number',
    },
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.idle.recycle.refund.apply`: method, response root, request and response schemas. */
export const taobaoIdleRecycleRefundApplyOperation = {
  method: 'taobao.idle.recycle.refund.apply',
  responseRoot: 'idle_recycle_refund_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼回收交易退款申请V2 — calls TOP method `taobao.idle.recycle.refund.apply`.
 *
 * 回收商买家申请退款
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoIdleRecycleRefundApply(
  client: TopClient,
  request: TaobaoIdleRecycleRefundApplyRequest = {},
  options?: CallOptions,
): Promise<TaobaoIdleRecycleRefundApplyResponse> {
  return client.call<TaobaoIdleRecycleRefundApplyResponse>(
    {
      method: 'taobao.idle.recycle.refund.apply',
      responseRoot: 'idle_recycle_refund_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
