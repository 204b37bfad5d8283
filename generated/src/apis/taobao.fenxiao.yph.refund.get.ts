// Generated from specs/fenxiao/taobao.fenxiao.yph.refund.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.yph.refund.get` (一盘货商家单个查询退款单信息). */
export interface TaobaoFenxiaoYphRefundGetRequest {
  /** 分销退款单id，此参数必填 */
  refund_id: Int64Input;
  /** 是否查询前台消费者退款 */
  query_b2c_refund?: boolean;
}

/** Response of `taobao.fenxiao.yph.refund.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoYphRefundGetResponse {
  /** 退款单查询详情 */
  refund_detail?: TaobaoFenxiaoYphRefundGetRefundDetail;
  /** 返回值错误码 */
  result_code?: string;
  /** 返回值错误信息 */
  remark?: string;
  /** 操作时间 */
  opt_time?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundDetail` of `taobao.fenxiao.yph.refund.get`. */
export interface TaobaoFenxiaoYphRefundGetRefundDetail {
  /** 退款金额，单位：分 */
  refund_fee?: Int64;
  /** 退款单最后修改时间，格式 yyyy-MM-dd HH:mm:ss */
  gmt_modified?: string;
  /** 退款单状态，10-已撤回；20-等待卖家同意；30-卖家拒绝退款，等待买家修改；40-等待买家退货；50-买家退货，等待卖家确认收货；60-卖家拒绝收货；90-等待系统打款；100-退款成功；200-退款关闭 */
  refund_status?: Int64;
  /** 退款说明 */
  refund_desc?: string;
  /** 是否退货 */
  return_goods?: boolean;
  /** 退款金额，单位：元 */
  refund_fee_yuan?: string;
  /** 发生退款的分销子采购单id */
  sub_order_id?: Int64;
  /** 支付给供应商的金额，单位：元 */
  pay_sup_fee_yuan?: string;
  /** 供应商昵称 */
  supplier_nick?: string;
  /** 退款创建时间 */
  refund_create_time?: string;
  /** 退款原因 */
  refund_reason?: string;
  /** 分销商昵称 */
  distributor_nick?: string;
  /** 消费者退款单信息 */
  buyer_refund?: TaobaoFenxiaoYphRefundGetBuyerRefund;
  /** 分销采购单id */
  purchase_order_id?: Int64;
  /** 支付给供应商的金额，单位：分 */
  pay_sup_fee?: Int64;
  /** 退款单类型，10-未发货退款；20-已发货退货；30-已发货仅退款；40-拒收 */
  refund_type?: Int64;
  /** 退款单状态code，RF_STATUS_NO_REFUND-已撤回；RF_STATUS_WAIT_SELLER_AGREE-等待卖家同意；RF_STATUS_SELLER_REFUSE-卖家拒绝退款,等待买家修改；RF_STATUS_WAIT_BUYER_RETURN_GOODS-等待买家退货；RF_STATUS_WAIT_SELLER_CONFIRM_GOODS-买家退货,等待卖家确认收货；RF_STATUS_SELLER_REFUSE_RETURN_GOODS-卖家拒绝收货；RF_STATUS_WAIT_SYSTEM_TRANSFER-等待系统打款；RF_STATUS_SUCCESS-退款成功；RF_STATUS_CLOSED-退款关闭 */
  refund_status_code?: string;
  /** 退款单id */
  refund_id?: Int64;
  /** 退货的物流信息 */
  return_logistics?: TaobaoFenxiaoYphRefundGetRefundLogistics[];
  /** 退款明细项，记录退款涉及的订单 */
  refund_items?: TaobaoFenxiaoYphRefundGetRefundItem[];
}

/** `BuyerRefund` of `taobao.fenxiao.yph.refund.get`. */
export interface TaobaoFenxiaoYphRefundGetBuyerRefund {
  /** 消费者退款状态最后修改时间，格式 yyyy-MM-dd HH:mm:ss */
  gmt_modified?: string;
  /** 消费者昵称,未来不会透出，请用open_buyer_id */
  buyer_nick?: string;
  /** 退款原因 */
  refund_reason?: string;
  /** 货物状态描述 */
  goods_status_desc?: string;
  /** 是否需要退货 */
  need_return_goods?: boolean;
  /** 退款说明 */
  refund_desc?: string;
  /** 分销子采购单id */
  sub_order_id?: Int64;
  /** 前台消费者子订单id */
  biz_order_id?: Int64;
  /** 退还给消费者的金额(分) */
  return_fee?: Int64;
  /** 确认收货后会打款给分销商的金额(分),分摊到子单的实付金额-退款给消费者的金额 */
  to_seller_fee?: Int64;
  /** 退款创建时间 */
  refund_create_time?: string;
  /** 退款id */
  refund_id?: Int64;
  /** 消费者退货数量 */
  return_goods_quantity?: Int64;
  /** 消费者买家id加密key */
  open_buyer_id?: string;
}

/** `RefundLogistics` of `taobao.fenxiao.yph.refund.get`. */
export interface TaobaoFenxiaoYphRefundGetRefundLogistics {
  /** 退货物流公司编码，如顺丰、韵达等 */
  company_code?: string;
  /** 退货物流公司名称，如顺丰 */
  company_name?: string;
  /** 退货物流运单号 */
  mail_no?: string;
}

/** `RefundItem` of `taobao.fenxiao.yph.refund.get`. */
export interface TaobaoFenxiaoYphRefundGetRefundItem {
  /** 退款明细ID，针对一笔退款每一个品就映射为一个明细，每一个明细有一个全局唯一的ID */
  refund_item_id?: Int64;
  /** 分销子订单号 */
  sub_order_id?: Int64;
  /** 退货数量 */
  refund_quantity?: Int64;
}

const REQUEST_SCHEMA = {
  refund_id: 'Number',
  query_b2c_refund: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  refund_detail: {
    refund_fee: 'Number',
    gmt_modified: 'Date',
    refund_status: 'Number',
    refund_desc: 'String',
    return_goods: 'Boolean',
    refund_fee_yuan: 'String',
    sub_order_id: 'Number',
    pay_sup_fee_yuan: 'String',
    supplier_nick: 'String',
    refund_create_time: 'Date',
    refund_reason: 'String',
    distributor_nick: 'String',
    buyer_refund: {
      gmt_modified: 'Date',
      buyer_nick: 'String',
      refund_reason: 'String',
      goods_status_desc: 'String',
      need_return_goods: 'Boolean',
      refund_desc: 'String',
      sub_order_id: 'Number',
      biz_order_id: 'Number',
      return_fee: 'Number',
      to_seller_fee: 'Number',
      refund_create_time: 'Date',
      refund_id: 'Number',
      return_goods_quantity: 'Number',
      open_buyer_id: 'String',
    },
    purchase_order_id: 'Number',
    pay_sup_fee: 'Number',
    refund_type: 'Number',
    refund_status_code: 'String',
    refund_id: 'Number',
    return_logistics: [
      {
        company_code: 'String',
        company_name: 'String',
        mail_no: 'String',
      },
    ],
    refund_items: [
      {
        refund_item_id: 'Number',
        sub_order_id: 'Number',
        refund_quantity: 'Number',
      },
    ],
  },
  result_code: 'String',
  remark: 'String',
  opt_time: 'Date',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.yph.refund.get`: method, response root, request and response schemas. */
export const taobaoFenxiaoYphRefundGetOperation = {
  method: 'taobao.fenxiao.yph.refund.get',
  responseRoot: 'fenxiao_yph_refund_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 一盘货商家单个查询退款单信息 — calls TOP method `taobao.fenxiao.yph.refund.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoYphRefundGet(
  client: TopClient,
  request: TaobaoFenxiaoYphRefundGetRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoYphRefundGetResponse> {
  return client.call<TaobaoFenxiaoYphRefundGetResponse>(
    {
      method: 'taobao.fenxiao.yph.refund.get',
      responseRoot: 'fenxiao_yph_refund_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
