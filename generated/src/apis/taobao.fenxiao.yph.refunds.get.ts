// Generated from specs/fenxiao/taobao.fenxiao.yph.refunds.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.yph.refunds.get` (一盘货商家批量查询退款单信息). */
export interface TaobaoFenxiaoYphRefundsGetRequest {
  /** 退款单类型，10-未发货退款；20-已发货退货；30-已发货仅退款；40-拒收 */
  refund_type_list?: Int64Input;
  /** 交易模式（分销方式）：1-代销；2-经销；5-寄售；6-平台寄售 */
  trade_types?: Int64Input;
  /** 每页条数，必填，不可超过50条 */
  page_size: Int64Input;
  /** 页号，不填则默认为1 */
  page_num?: Int64Input;
  /** 退款单状态，10-已撤回；20-等待卖家同意；30-卖家拒绝退款，等待买家修改；40-等待买家退货；50-买家退货，等待卖家确认收货；60-卖家拒绝收货；90-等待系统打款；100-退款成功；200-退款关闭 */
  refund_status_list?: Int64Input;
  /** 退款单最后修改时间，查询最后修改时间在modify_begin_time到modify_end_time时间间隔内的所有退款单，时间间隔不能超过30天，格式 yyyy-MM-dd HH:mm:ss */
  modified_begin_time: DateInput;
  /** 渠道市场编码，可批量指定。 当不指定时，按照配置的分销市场生效 渠道编码枚举：1-供销平台（淘宝）；2-供销平台（天猫）；3-供销平台（天猫超市）；5-供销平台（淘乡甜）；110001-供销平台（全球购）；110007-淘分销；200002-消费电子市场；302-猫超一盘货；506-虾选一盘货；27-优品一盘货 */
  channel_codes: Int64Input;
  /** 退款单最后修改时间，查询最后修改时间在modify_begin_time到modify_end_time时间间隔内的所有退款单，时间间隔不能超过30天，格式 yyyy-MM-dd HH:mm:ss */
  modified_end_time: DateInput;
  /** 分销采购单id */
  purchase_order_id?: Int64Input;
  /** 分销采购单子单id */
  sub_order_id?: Int64Input;
  /** 当前查询用户的角色 当不指定时，默认为供应商 供应商：2，分销商：1 */
  user_role_type?: Int64Input;
  /** 是否查询前台消费者退款 */
  query_b2c_refund?: boolean;
}

/** Response of `taobao.fenxiao.yph.refunds.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoYphRefundsGetResponse {
  /** 退款单详情列表 */
  refund_detail_list?: TaobaoFenxiaoYphRefundsGetRefundDetailList[];
  /** 退款单查询总条数 */
  total_count?: Int64;
  /** 操作时间 */
  opt_time?: string;
  /** 返回结果错误码 */
  result_code?: string;
  /** 返回结果错误信息 */
  remark?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundDetailList` of `taobao.fenxiao.yph.refunds.get`. */
export interface TaobaoFenxiaoYphRefundsGetRefundDetailList {
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
  /** 买家退款单信息 */
  buyer_refund?: TaobaoFenxiaoYphRefundsGetBuyerRefund;
  /** 支付给供应商的金额，单位：元 */
  pay_sup_fee_yuan?: string;
  /** 分销采购单id */
  purchase_order_id?: Int64;
  /** 支付给供应商的金额，单位：分 */
  pay_sup_fee?: Int64;
  /** 退款创建时间 */
  refund_create_time?: string;
  /** 退款单类型，10-未发货退款；20-已发货退货；30-已发货仅退款；40-拒收 */
  refund_type?: Int64;
  /** 退款单状态code，RF_STATUS_NO_REFUND-已撤回；RF_STATUS_WAIT_SELLER_AGREE-等待卖家同意；RF_STATUS_SELLER_REFUSE-卖家拒绝退款,等待买家修改；RF_STATUS_WAIT_BUYER_RETURN_GOODS-等待买家退货；RF_STATUS_WAIT_SELLER_CONFIRM_GOODS-买家退货,等待卖家确认收货；RF_STATUS_SELLER_REFUSE_RETURN_GOODS-卖家拒绝收货；RF_STATUS_WAIT_SYSTEM_TRANSFER-等待系统打款；RF_STATUS_SUCCESS-退款成功；RF_STATUS_CLOSED-退款关闭 */
  refund_status_code?: string;
  /** 退款单id */
  refund_id?: Int64;
  /** 退货的物流信息 */
  return_logistics?: TaobaoFenxiaoYphRefundsGetRefundLogistics[];
  /** 退款明细项，记录退款涉及的订单 */
  refund_items?: TaobaoFenxiaoYphRefundsGetRefundItem[];
}

/** `BuyerRefund` of `taobao.fenxiao.yph.refunds.get`. */
export interface TaobaoFenxiaoYphRefundsGetBuyerRefund {
  /** 买家退款状态最后修改时间，格式 yyyy-MM-dd HH:mm:ss */
  gmt_modified?: string;
  /** 消费者昵称,未来不会透出，请用open_buyer_id */
  buyer_nick?: string;
  /** 退款原因描述 */
  refund_reason?: string;
  /** 货物状态描述 */
  goods_status_desc?: string;
  /** 是否需要退货 */
  need_return_goods?: boolean;
  /** 退款说明 */
  refund_desc?: string;
  /** 分销子采购单id */
  sub_order_id?: Int64;
  /** 消费者子订单id */
  biz_order_id?: Int64;
  /** 申请退款的金额，单位：分 */
  return_fee?: Int64;
  /** 支付给分销商的金额，单位：分 */
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

/** `RefundLogistics` of `taobao.fenxiao.yph.refunds.get`. */
export interface TaobaoFenxiaoYphRefundsGetRefundLogistics {
  /** 退货物流公司编码，如顺丰、韵达等 */
  company_code?: string;
  /** 退货物流公司名称，如顺丰 */
  company_name?: string;
  /** 退货物流运单号 */
  mail_no?: string;
}

/** `RefundItem` of `taobao.fenxiao.yph.refunds.get`. */
export interface TaobaoFenxiaoYphRefundsGetRefundItem {
  /** 退款明细ID，针对一笔退款每一个品就映射为一个明细，每一个明细有一个全局唯一的ID */
  refund_item_id?: Int64;
  /** 分销子订单号 */
  sub_order_id?: Int64;
  /** 退货数量 */
  refund_quantity?: Int64;
}

const REQUEST_SCHEMA = {
  refund_type_list: 'Number',
  trade_types: 'Number',
  page_size: 'Number',
  page_num: 'Number',
  refund_status_list: 'Number',
  modified_begin_time: 'Date',
  channel_codes: 'Number',
  modified_end_time: 'Date',
  purchase_order_id: 'Number',
  sub_order_id: 'Number',
  user_role_type: 'Number',
  query_b2c_refund: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  refund_detail_list: [
    {
      refund_fee: 'Number',
      gmt_modified: 'Date',
      refund_status: 'Number',
      refund_desc: 'String',
      return_goods: 'Boolean',
      refund_fee_yuan: 'String',
      sub_order_id: 'Number',
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
      pay_sup_fee_yuan: 'String',
      purchase_order_id: 'Number',
      pay_sup_fee: 'Number',
      refund_create_time: 'Date',
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
  ],
  total_count: 'Number',
  opt_time: 'Date',
  result_code: 'String',
  remark: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.yph.refunds.get`: method, response root, request and response schemas. */
export const taobaoFenxiaoYphRefundsGetOperation = {
  method: 'taobao.fenxiao.yph.refunds.get',
  responseRoot: 'fenxiao_yph_refunds_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 一盘货商家批量查询退款单信息 — calls TOP method `taobao.fenxiao.yph.refunds.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoYphRefundsGet(
  client: TopClient,
  request: TaobaoFenxiaoYphRefundsGetRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoYphRefundsGetResponse> {
  return client.call<TaobaoFenxiaoYphRefundsGetResponse>(
    {
      method: 'taobao.fenxiao.yph.refunds.get',
      responseRoot: 'fenxiao_yph_refunds_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
