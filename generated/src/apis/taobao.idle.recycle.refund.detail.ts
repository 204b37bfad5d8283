// Generated from specs/idle/taobao.idle.recycle.refund.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.idle.recycle.refund.detail` (闲鱼回收退款详情V2). */
export interface TaobaoIdleRecycleRefundDetailRequest {
  /** 订单号 */
  biz_order_id: Int64Input;
}

/** Response of `taobao.idle.recycle.refund.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoIdleRecycleRefundDetailResponse {
  /** 退款详情，说明文档：https://www.yuque.com/tushuguanyuan/fsgl7y/xn2lu8#ed2c2d6a */
  result?: TaobaoIdleRecycleRefundDetailIdleTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IdleTopResult` of `taobao.idle.recycle.refund.detail`. */
export interface TaobaoIdleRecycleRefundDetailIdleTopResult {
  /** 退款详情 */
  module?: TaobaoIdleRecycleRefundDetailRecycleRefundDetailDto;
  /** 错误信息 */
  err_msg?: string;
  /** 错误码 */
  err_code?: string;
  /** 成功 */
  success?: boolean;
}

/** `RecycleRefundDetailDto` of `taobao.idle.recycle.refund.detail`. */
export interface TaobaoIdleRecycleRefundDetailRecycleRefundDetailDto {
  /** 毫秒，操作超时时间，截止时间 */
  op_timeout?: string;
  /** 订单号 */
  biz_order_id?: string;
  /** 状态(1, "买家已经申请退款，等待卖家同意"), (2, "卖家已经同意退货退款，等待买家退货"), --该状态下卖家已经提供退货地址，同意退货退款和发送地址是同时的 (3, "买家已经退货，等待卖家确认收货"), (4, "退款关闭"), (5, "退款成功"), --仅退款情况下是从状态1变更到5，同意退款和退款是同时的 (6, "卖家拒绝退款"), (7, "等待买家确认重新邮寄的货物"),--如补寄等情形，一般不会出现 (8, "等待卖家确认退货地址") */
  refund_status?: string;
  /** 退款状态描述 */
  refund_status_desc?: string;
  /** 退款金额 */
  refund_fee?: string;
  /** 退款描述 */
  refund_desc?: string;
  /** 申请原因 */
  apply_reason?: string;
  /** 拒绝原因 */
  refuse_reason?: string;
  /** 地址信息，交易状态为2时返回此字段 */
  seller_address?: TaobaoIdleRecycleRefundDetailShippingAddressInfo;
  /** 实际退款金额，不包括追缴单 */
  actual_refund_fee?: Int64;
  /** 退款完结时间 */
  refund_end_time?: string;
  /** 退款开始时间 */
  refund_start_time?: string;
  /** 卖家同意退货说明 */
  seller_agree_msg?: string;
  /** 追缴单 */
  recover_order_info?: TaobaoIdleRecycleRefundDetailAlipayOrderDto;
}

/** `ShippingAddressInfo` of `taobao.idle.recycle.refund.detail`. */
export interface TaobaoIdleRecycleRefundDetailShippingAddressInfo {
  /** 收件人姓名 */
  consignee_name?: string;
  /** 详细地址 */
  address_detail?: string;
  /** 手机号 */
  mobile_phone?: string;
  /** 电话 */
  tel_no?: string;
  /** 省 */
  province?: string;
  /** 市 */
  city?: string;
  /** 区 */
  area?: string;
  /** 镇 */
  town?: string;
  /** 邮编 */
  post_code?: string;
}

/** `AlipayOrderDto` of `taobao.idle.recycle.refund.detail`. */
export interface TaobaoIdleRecycleRefundDetailAlipayOrderDto {
  /** 金额 */
  amount?: Int64;
  /** 支付状态，1未支付，6已支付 */
  pay_status?: Int64;
  /** 支付宝交易号 */
  alipay_trade_no?: string;
  /** 支付订单 */
  pay_order_id?: string;
  /** 创建时间 */
  create_time?: string;
  /** 支付时间 */
  pay_time?: string;
}

const REQUEST_SCHEMA = {
  biz_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      op_timeout: 'String',
      biz_order_id: 'String',
      refund_status: 'String',
      refund_status_desc: 'String',
      refund_fee: 'String',
      refund_desc: 'String',
      apply_reason: 'String',
      refuse_reason: 'String',
      seller_address: {
        consignee_name: 'String',
        address_detail: 'String',
        mobile_phone: 'String',
        tel_no: 'String',
        province: 'String',
        city: 'String',
        area: 'String',
        town: 'String',
        post_code: 'String',
      },
      actual_refund_fee: 'Number',
      refund_end_time: 'String',
      refund_start_time: 'String',
      seller_agree_msg: 'String',
      recover_order_info: {
        amount: 'Number',
        pay_status: 'Number',
        alipay_trade_no: 'String',
        pay_order_id: 'String',
        create_time: 'String',
        pay_time: 'String',
      },
    },
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.idle.recycle.refund.detail`: method, response root, request and response schemas. */
export const taobaoIdleRecycleRefundDetailOperation = {
  method: 'taobao.idle.recycle.refund.detail',
  responseRoot: 'idle_recycle_refund_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼回收退款详情V2 — calls TOP method `taobao.idle.recycle.refund.detail`.
 *
 * 回收订单退款详情，主要包括退款状态，超时时间，和同意退款的卖家退货地址信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoIdleRecycleRefundDetail(
  client: TopClient,
  request: TaobaoIdleRecycleRefundDetailRequest,
  options?: CallOptions,
): Promise<TaobaoIdleRecycleRefundDetailResponse> {
  return client.call<TaobaoIdleRecycleRefundDetailResponse>(
    {
      method: 'taobao.idle.recycle.refund.detail',
      responseRoot: 'idle_recycle_refund_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
