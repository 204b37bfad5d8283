// Generated from specs/idle/taobao.idle.recycle.refund.cancleapply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.idle.recycle.refund.cancleapply` (闲鱼回收取消退款申请V2). */
export interface TaobaoIdleRecycleRefundCancleapplyRequest {
  /** 订单号 */
  biz_order_id: Int64Input;
}

/** Response of `taobao.idle.recycle.refund.cancleapply`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoIdleRecycleRefundCancleapplyResponse {
  /** 撤销申请结果 */
  result?: TaobaoIdleRecycleRefundCancleapplyIdleTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IdleTopResult` of `taobao.idle.recycle.refund.cancleapply`. */
export interface TaobaoIdleRecycleRefundCancleapplyIdleTopResult {
  /** 撤销退款结果 */
  module?: TaobaoIdleRecycleRefundCancleapplyRefundBaseDto;
  /** 错误信息 */
  err_msg?: string;
  /** 错误码 */
  err_code?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `RefundBaseDto` of `taobao.idle.recycle.refund.cancleapply`. */
export interface TaobaoIdleRecycleRefundCancleapplyRefundBaseDto {
  /** 订单号 */
  biz_order_id?: Int64;
  /** 退款状态 */
  refund_status?: string;
  /** 状态描述 */
  refund_status_desc?: string;
  /** 退款金额 */
  refund_fee?: string;
}

const REQUEST_SCHEMA = {
  biz_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      biz_order_id: 'Number',
      refund_status: 'String',
      refund_status_desc: 'String',
      refund_fee: 'String',
    },
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.idle.recycle.refund.cancleapply`: method, response root, request and response schemas. */
export const taobaoIdleRecycleRefundCancleapplyOperation = {
  method: 'taobao.idle.recycle.refund.cancleapply',
  responseRoot: 'idle_recycle_refund_cancleapply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼回收取消退款申请V2 — calls TOP method `taobao.idle.recycle.refund.cancleapply`.
 *
 * 回收商的回收订单取消退款申请
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoIdleRecycleRefundCancleapply(
  client: TopClient,
  request: TaobaoIdleRecycleRefundCancleapplyRequest,
  options?: CallOptions,
): Promise<TaobaoIdleRecycleRefundCancleapplyResponse> {
  return client.call<TaobaoIdleRecycleRefundCancleapplyResponse>(
    {
      method: 'taobao.idle.recycle.refund.cancleapply',
      responseRoot: 'idle_recycle_refund_cancleapply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
