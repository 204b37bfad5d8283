// Generated from specs/alihouse/tmall.alihouse.trade.coupon.order.audit.refund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.alihouse.trade.coupon.order.audit.refund` (ETC审核电商券退款). */
export interface TmallAlihouseTradeCouponOrderAuditRefundRequest {
  /** 审核退款 */
  audit_order_dto: TmallAlihouseTradeCouponOrderAuditRefundAuditOrderDtoInput;
}

/** Response of `tmall.alihouse.trade.coupon.order.audit.refund`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAlihouseTradeCouponOrderAuditRefundResponse {
  /** 接口返回model */
  result?: TmallAlihouseTradeCouponOrderAuditRefundResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AuditOrderDto` of `tmall.alihouse.trade.coupon.order.audit.refund`. */
export interface TmallAlihouseTradeCouponOrderAuditRefundAuditOrderDtoInput {
  /** 同意 */
  is_agree: Int64Input;
  /** 履约单id */
  trade_order_id: Int64Input;
  /** 同意备注 */
  remark: string;
  /** 统一的订单号 */
  house_order_no?: string;
  /** 门店id */
  store_id?: Int64Input;
}

/** `Result` of `tmall.alihouse.trade.coupon.order.audit.refund`. */
export interface TmallAlihouseTradeCouponOrderAuditRefundResult {
  /** code */
  code?: string;
  /** 成功 */
  data?: boolean;
  /** 结果说明 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  audit_order_dto: {
    is_agree: 'Number',
    trade_order_id: 'Number',
    remark: 'String',
    house_order_no: 'String',
    store_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: 'Boolean',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.alihouse.trade.coupon.order.audit.refund`: method, response root, request and response schemas. */
export const tmallAlihouseTradeCouponOrderAuditRefundOperation = {
  method: 'tmall.alihouse.trade.coupon.order.audit.refund',
  responseRoot: 'tmall_alihouse_trade_coupon_order_audit_refund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ETC审核电商券退款 — calls TOP method `tmall.alihouse.trade.coupon.order.audit.refund`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAlihouseTradeCouponOrderAuditRefund(
  client: TopClient,
  request: TmallAlihouseTradeCouponOrderAuditRefundRequest,
  options?: CallOptions,
): Promise<TmallAlihouseTradeCouponOrderAuditRefundResponse> {
  return client.call<TmallAlihouseTradeCouponOrderAuditRefundResponse>(
    {
      method: 'tmall.alihouse.trade.coupon.order.audit.refund',
      responseRoot: 'tmall_alihouse_trade_coupon_order_audit_refund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
