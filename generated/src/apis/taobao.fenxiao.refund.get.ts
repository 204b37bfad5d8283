// Generated from specs/fenxiao/taobao.fenxiao.refund.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.refund.get` (查询采购单退款信息). */
export interface TaobaoFenxiaoRefundGetRequest {
  /** 要查询的退款对应的分销子订单号 */
  sub_order_id?: Int64Input;
  /** 是否查询下游消费者订单对应退款信息 */
  query_seller_refund?: boolean;
  /** 退款单id（分销子订单号和退款单id，两者至少必填一个，都填的情况下，以退款单id为准） */
  refund_id?: Int64Input;
}

/** Response of `taobao.fenxiao.refund.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoRefundGetResponse {
  /** 退款详情 */
  refund_detail?: TaobaoFenxiaoRefundGetTopDpRefundDetailDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopDpRefundDetailDO` of `taobao.fenxiao.refund.get`. */
export interface TaobaoFenxiaoRefundGetTopDpRefundDetailDO {
  /** 分销子订单号，如果是by子单发起退款，就会在退款主单上记录分销子订单号 */
  sub_order_id?: Int64;
  /** 是否退货,如果是已发货退货退款/售后退货退款，就是true */
  is_return_goods?: boolean;
  /** 退款创建时间 */
  refund_create_time?: string;
  /** 退款状态1：分销商已经申请退款，等待供应商确认2：供应商已经同意退货，等待分销商退货3：分销商已经退货，等待供应商确认收货4：退款关闭5：退款成功 6：供应商拒绝退款12：供应商同意退款，待系统打款 9：没有申请退款 10：供应商拒绝确认收货,待分销商重新修改 */
  refund_status?: Int64;
  /** 退款的金额(元) */
  refund_fee?: string;
  /** 支付给供应商的金额(元)，分销订单子单实付金额-退款金额 */
  pay_sup_fee?: string;
  /** 退款原因 */
  refund_reason?: string;
  /** 退款说明 */
  refund_desc?: string;
  /** 分销商nick */
  distributor_nick?: string;
  /** 供应商nick */
  supplier_nick?: string;
  /** 退款修改时间。格式:yyyy-MM-dd HH:mm:ss */
  modified?: string;
  /** 分销主订单号 */
  purchase_order_id?: Int64;
  /** 退款流程类型：4：未发货退款；1：已发货仅退款；2：已发货退货退款；3：售后仅退款；5：物流拒收；6：售后退货退款 */
  refund_flow_type?: Int64;
  /** 超时时间 */
  timeout?: string;
  /**
   * 超时类型：
   * 1：供应商同意退款/同意退货超时；
   * 2：供应商确认收货超时
   */
  to_type?: Int64;
  /** 前台消费者订单对应的退款详情 */
  buyer_refund?: TaobaoFenxiaoRefundGetBuyerRefund;
  /** 分销退款单号 */
  refund_id?: Int64;
  /** 退货的物流信息 */
  return_logistics?: TaobaoFenxiaoRefundGetRefundLogistics[];
  /** 退款明细项，记录退款涉及的订单 */
  refund_items?: TaobaoFenxiaoRefundGetRefundItem[];
}

/** `BuyerRefund` of `taobao.fenxiao.refund.get`. */
export interface TaobaoFenxiaoRefundGetBuyerRefund {
  /** 分销子订单号 */
  sub_order_id?: Int64;
  /** 消费者订单对应的退款单号 */
  refund_id?: Int64;
  /** 消费者订单退款涉及的消费者正向子订单号 */
  biz_order_id?: Int64;
  /** 消费者订单退款创建时间 */
  refund_create_time?: string;
  /** 消费者订单退款状态 1、消费者已经申请退款，等待分销商确认 2、分销商已经同意退货，等待消费者退货 3、消费者已经退货，等待分销商确认收货 4、退款关闭 5、退款成功 6、分销商拒绝退款,待消费者重新修改 7、等待消费者确认重新邮寄的货物 */
  refund_status?: Int64;
  /**
   * 货物的状态：
   * 买家已收到货
   * 买家已退货
   * 买家未收到货
   */
  goods_status_desc?: string;
  /** 买家是否退货 */
  need_return_goods?: boolean;
  /** 退还给消费者的金额(分) */
  return_fee?: Int64;
  /** 确认收货后会打款给分销商的金额(分),分摊到子单的实付金额-退款给消费者的金额 */
  to_seller_fee?: Int64;
  /** 消费者退款原因 */
  refund_reason?: string;
  /** 消费者退款说明 */
  refund_desc?: string;
  /** 消费者nick */
  buyer_nick?: string;
  /** 消费者退款修改时间。格式:yyyy-MM-dd HH:mm:ss */
  modified?: string;
  /** 消费者淘宝id的加密key */
  open_buyer_id?: string;
  /** 消费者退货数量 */
  return_goods_quantity?: Int64;
}

/** `RefundLogistics` of `taobao.fenxiao.refund.get`. */
export interface TaobaoFenxiaoRefundGetRefundLogistics {
  /** 退货物流公司编码，如顺丰、韵达等 */
  company_code?: string;
  /** 退货物流公司名称，如顺丰 */
  company_name?: string;
  /** 退货物流运单号 */
  mail_no?: string;
}

/** `RefundItem` of `taobao.fenxiao.refund.get`. */
export interface TaobaoFenxiaoRefundGetRefundItem {
  /** 退款明细ID，针对一笔退款每一个品就映射为一个明细，每一个明细有一个全局唯一的ID */
  refund_item_id?: Int64;
  /** 分销子订单号 */
  sub_order_id?: Int64;
  /** 退货数量 */
  refund_quantity?: Int64;
}

const REQUEST_SCHEMA = {
  sub_order_id: 'Number',
  query_seller_refund: 'Boolean',
  refund_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  refund_detail: {
    sub_order_id: 'Number',
    is_return_goods: 'Boolean',
    refund_create_time: 'Date',
    refund_status: 'Number',
    refund_fee: 'String',
    pay_sup_fee: 'String',
    refund_reason: 'String',
    refund_desc: 'String',
    distributor_nick: 'String',
    supplier_nick: 'String',
    modified: 'Date',
    purchase_order_id: 'Number',
    refund_flow_type: 'Number',
    timeout: 'Date',
    to_type: 'Number',
    buyer_refund: {
      sub_order_id: 'Number',
      refund_id: 'Number',
      biz_order_id: 'Number',
      refund_create_time: 'Date',
      refund_status: 'Number',
      goods_status_desc: 'String',
      need_return_goods: 'Boolean',
      return_fee: 'Number',
      to_seller_fee: 'Number',
      refund_reason: 'String',
      refund_desc: 'String',
      buyer_nick: 'String',
      modified: 'Date',
      open_buyer_id: 'String',
      return_goods_quantity: 'Number',
    },
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
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.refund.get`: method, response root, request and response schemas. */
export const taobaoFenxiaoRefundGetOperation = {
  method: 'taobao.fenxiao.refund.get',
  responseRoot: 'fenxiao_refund_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询采购单退款信息 — calls TOP method `taobao.fenxiao.refund.get`.
 *
 * 分销商或供应商可以查询某子单的退款信息，以及下游订单的退款信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoRefundGet(
  client: TopClient,
  request: TaobaoFenxiaoRefundGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoFenxiaoRefundGetResponse> {
  return client.call<TaobaoFenxiaoRefundGetResponse>(
    {
      method: 'taobao.fenxiao.refund.get',
      responseRoot: 'fenxiao_refund_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
