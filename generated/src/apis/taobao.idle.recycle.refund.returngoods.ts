// Generated from specs/idle/taobao.idle.recycle.refund.returngoods.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.idle.recycle.refund.returngoods` (闲鱼回收退货V2). */
export interface TaobaoIdleRecycleRefundReturngoodsRequest {
  /** 退货 */
  param0?: TaobaoIdleRecycleRefundReturngoodsRecycleReturnGoodsRequestInput;
}

/** Response of `taobao.idle.recycle.refund.returngoods`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoIdleRecycleRefundReturngoodsResponse {
  /** 退货 */
  result?: TaobaoIdleRecycleRefundReturngoodsIdleTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RecycleReturnGoodsRequest` of `taobao.idle.recycle.refund.returngoods`. */
export interface TaobaoIdleRecycleRefundReturngoodsRecycleReturnGoodsRequestInput {
  /** 快递公司 */
  logistics_company_name: string;
  /** 运单号 */
  logistics_mail_no: string;
  /** 订单号 */
  biz_order_id: Int64Input;
  /** 卖家电话 */
  mobile_number: string;
}

/** `IdleTopResult` of `taobao.idle.recycle.refund.returngoods`. */
export interface TaobaoIdleRecycleRefundReturngoodsIdleTopResult {
  /** 退货后状态 */
  module?: TaobaoIdleRecycleRefundReturngoodsRefundBaseDto;
  /** 错误信息 */
  err_msg?: string;
  /** 错误码 */
  err_code?: string;
  /** 成功 */
  success?: boolean;
}

/** `RefundBaseDto` of `taobao.idle.recycle.refund.returngoods`. */
export interface TaobaoIdleRecycleRefundReturngoodsRefundBaseDto {
  /** 订单号 */
  biz_order_id?: string;
  /** 退款状态 */
  refund_status?: string;
  /** 退货状态 */
  refund_status_desc?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    logistics_company_name: 'String',
    logistics_mail_no: 'String',
    biz_order_id: 'Number',
    mobile_number: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      biz_order_id: 'String',
      refund_status: 'String',
      refund_status_desc: 'String',
    },
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.idle.recycle.refund.returngoods`: method, response root, request and response schemas. */
export const taobaoIdleRecycleRefundReturngoodsOperation = {
  method: 'taobao.idle.recycle.refund.returngoods',
  responseRoot: 'idle_recycle_refund_returngoods_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼回收退货V2 — calls TOP method `taobao.idle.recycle.refund.returngoods`.
 *
 * 回收商买家退货，填写退货运单号
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoIdleRecycleRefundReturngoods(
  client: TopClient,
  request: TaobaoIdleRecycleRefundReturngoodsRequest = {},
  options?: CallOptions,
): Promise<TaobaoIdleRecycleRefundReturngoodsResponse> {
  return client.call<TaobaoIdleRecycleRefundReturngoodsResponse>(
    {
      method: 'taobao.idle.recycle.refund.returngoods',
      responseRoot: 'idle_recycle_refund_returngoods_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
