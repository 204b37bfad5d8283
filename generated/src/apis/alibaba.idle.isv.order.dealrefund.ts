// Generated from specs/idle/alibaba.idle.isv.order.dealrefund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.isv.order.dealrefund` (闲鱼无忧购入仓模式服务商退款处理接口). */
export interface AlibabaIdleIsvOrderDealrefundRequest {
  /** 退款参数 */
  param_appraise_isv_refund_request?: AlibabaIdleIsvOrderDealrefundAppraiseIsvRefundRequestInput;
}

/** Response of `alibaba.idle.isv.order.dealrefund`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleIsvOrderDealrefundResponse {
  /** 退款信息 */
  module?: AlibabaIdleIsvOrderDealrefundRefundDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AppraiseIsvRefundRequest` of `alibaba.idle.isv.order.dealrefund`. */
export interface AlibabaIdleIsvOrderDealrefundAppraiseIsvRefundRequestInput {
  /** 订单号 */
  biz_order_id: Int64Input;
  /** 退款操作说明 */
  leave_message?: string;
  /** 退款操作/** * 同意退款并执行打款->退款成功，仅退款情况下，直接调用；退货退款情况下，先调用同意退货接口，收到货再调用这个接口 *\/ AGREE_REFUND, /** * 拒绝退款 -> 退款关闭 *\/ REFUSE_REFUND, /** * 同意退货并提供退货地址 -> 等待买家退货 *\/ AGREE_RETURN */
  operation: string;
  /** 退货地址 */
  return_goods_address?: AlibabaIdleIsvOrderDealrefundShippingAddressInfoInput;
}

/** `ShippingAddressInfo` of `alibaba.idle.isv.order.dealrefund`. */
export interface AlibabaIdleIsvOrderDealrefundShippingAddressInfoInput {
  /** 这里必须写全详细地址 */
  address_detail?: string;
  /** 区 */
  area?: string;
  /** 市 */
  city?: string;
  /** 收件人姓名 */
  consignee_name?: string;
  /** 手机号码 */
  mobile_phone?: string;
  /** 邮编 */
  post_code?: string;
  /** 省 */
  province?: string;
  /** 固话 */
  tel_no?: string;
  /** 四级地址 镇/街道 */
  town?: string;
}

/** `RefundDto` of `alibaba.idle.isv.order.dealrefund`. */
export interface AlibabaIdleIsvOrderDealrefundRefundDto {
  /** 申请退款金额 */
  apply_refund_fee?: Int64;
  /** 订单Id */
  biz_order_id?: Int64;
  /** 退款单ID */
  dispute_id?: Int64;
  /** 实际退款金额 */
  real_refund_fee?: Int64;
  /** 退款状态 与逆向DisputeStatusEnum 一致，1-9 */
  refund_status?: string;
  /** 退款时间 */
  refund_time?: string;
  /** 申请退款类型: REFUND_ONLY_NO_SHIP(未发货仅退款)，REFUND_ONLY_NO_RECIVE（已发货未收到货仅退款），REFUND_ONLY_WHIT_GOODS（收到货仅退款(退货退款)） */
  refund_type?: string;
  /** 退货状态 GoodsStatusEnum 一致 */
  return_goods_status?: string;
  /** 到达下一个节点的超时时间点 */
  timeout?: Int64;
}

const REQUEST_SCHEMA = {
  param_appraise_isv_refund_request: {
    biz_order_id: 'Number',
    leave_message: 'String',
    operation: 'String',
    return_goods_address: {
      address_detail: 'String',
      area: 'String',
      city: 'String',
      consignee_name: 'String',
      mobile_phone: 'String',
      post_code: 'String',
      province: 'String',
      tel_no: 'String',
      town: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  module: {
    apply_refund_fee: 'Number',
    biz_order_id: 'Number',
    dispute_id: 'Number',
    real_refund_fee: 'Number',
    refund_status: 'String',
    refund_time: 'Date',
    refund_type: 'String',
    return_goods_status: 'String',
    timeout: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.isv.order.dealrefund`: method, response root, request and response schemas. */
export const alibabaIdleIsvOrderDealrefundOperation = {
  method: 'alibaba.idle.isv.order.dealrefund',
  responseRoot: 'alibaba_idle_isv_order_dealrefund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼无忧购入仓模式服务商退款处理接口 — calls TOP method `alibaba.idle.isv.order.dealrefund`.
 *
 * 闲鱼无忧购业务入仓模式下，用户发起退款后，服务商使用此接口处理退款
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleIsvOrderDealrefund(
  client: TopClient,
  request: AlibabaIdleIsvOrderDealrefundRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleIsvOrderDealrefundResponse> {
  return client.call<AlibabaIdleIsvOrderDealrefundResponse>(
    {
      method: 'alibaba.idle.isv.order.dealrefund',
      responseRoot: 'alibaba_idle_isv_order_dealrefund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
