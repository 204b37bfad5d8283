// Generated from specs/fenxiao/taobao.fenxiao.refund.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.refund.query` (批量查询采购退款). */
export interface TaobaoFenxiaoRefundQueryRequest {
  /** 查询退款单的修改时间开始,格式如:yyyy-MM-dd HH:mm:ss */
  start_date: DateInput;
  /** 查询退款单的修改时间结束,格式如:yyyy-MM-dd HH:mm:ss */
  end_date: DateInput;
  /** 页码（大于0的整数。无值或小于1的值按默认值1计） */
  page_no?: Int64Input;
  /** 每页条数（大于0但小于等于50的整数。无值或大于50或小于1的值按默认值50计） */
  page_size?: Int64Input;
  /** 是否查询下游消费者的退款信息 */
  query_seller_refund?: boolean;
  /**
   * 查询的经营模式，当不指定时，默认查询代销订单 代销：1 经销：2 寄售（自营寄售）：5 平台寄售
   *
   * Max list size: 999
   */
  trade_types?: Int64Input[];
  /** 角色，供应商：2，分销商：1 */
  user_role_type?: Int64Input;
  /**
   * 渠道市场编码，可批量指定。 当不指定时，按照配置的分销市场生效 渠道编码枚举：1-供销平台（淘宝）；2-供销平台（天猫）；3-供销平台（天猫超市）；5-供销平台（淘乡甜）；110001-供销平台（全球购）；110007-淘分销；200002-消费电子市场
   *
   * Max list size: 999
   */
  channel_codes?: Int64Input[];
  /** 退款流程类型：4：发货前退款；1：发货后退款不退货；2：发货后退款退货；3：售后退款；5：拒收；6：售后退货退款 */
  refund_flow_types?: Int64Input;
}

/** Response of `taobao.fenxiao.refund.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoRefundQueryResponse {
  /** 按查询条件查到的记录总数 */
  total_results?: Int64;
  /** 退款列表 */
  refund_list?: TaobaoFenxiaoRefundQueryRefundDetail[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundDetail` of `taobao.fenxiao.refund.query`. */
export interface TaobaoFenxiaoRefundQueryRefundDetail {
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
  /** 退款流程类型：4：发货前退款；1：发货后退款不退货；2：发货后退款退货；3：售后退款；5：拒收；6：售后退货退款 */
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
  buyer_refund?: TaobaoFenxiaoRefundQueryBuyerRefund;
  /** 分销退款单号 */
  refund_id?: Int64;
  /** 退款明细项，记录退款涉及的订单 */
  return_logistics?: TaobaoFenxiaoRefundQueryRefundLogistics[];
  /** 退款明细项，记录退款涉及的订单 */
  refund_items?: TaobaoFenxiaoRefundQueryRefundItem[];
}

/** `BuyerRefund` of `taobao.fenxiao.refund.query`. */
export interface TaobaoFenxiaoRefundQueryBuyerRefund {
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
  /** 货物的状态：买家已收到货买家已退货买家未收到货 */
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
  /** 下游买家nick */
  buyer_nick?: string;
  /** 消费者退款修改时间。格式:yyyy-MM-dd HH:mm:ss */
  modified?: string;
  /** 消费者买家id加密key */
  open_buyer_id?: string;
  /** 消费者退货数量 */
  return_goods_quantity?: Int64;
}

/** `RefundLogistics` of `taobao.fenxiao.refund.query`. */
export interface TaobaoFenxiaoRefundQueryRefundLogistics {
  /** 退货物流公司编码，如顺丰、韵达等 */
  company_code?: string;
  /** 退货物流公司名称，如顺丰 */
  company_name?: string;
  /** 退货物流运单号 */
  mail_no?: string;
}

/** `RefundItem` of `taobao.fenxiao.refund.query`. */
export interface TaobaoFenxiaoRefundQueryRefundItem {
  /** 退款明细ID，针对一笔退款每一个品就映射为一个明细，每一个明细有一个全局唯一的ID */
  refund_item_id?: Int64;
  /** 分销子订单号 */
  sub_order_id?: Int64;
  /** 退货数量 */
  refund_quantity?: Int64;
}

const REQUEST_SCHEMA = {
  start_date: 'Date',
  end_date: 'Date',
  page_no: 'Number',
  page_size: 'Number',
  query_seller_refund: 'Boolean',
  trade_types: ['Number'],
  user_role_type: 'Number',
  channel_codes: ['Number'],
  refund_flow_types: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  refund_list: [
    {
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
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.refund.query`: method, response root, request and response schemas. */
export const taobaoFenxiaoRefundQueryOperation = {
  method: 'taobao.fenxiao.refund.query',
  responseRoot: 'fenxiao_refund_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量查询采购退款 — calls TOP method `taobao.fenxiao.refund.query`.
 *
 * 供应商按查询条件批量查询代销采购退款
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoRefundQuery(
  client: TopClient,
  request: TaobaoFenxiaoRefundQueryRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoRefundQueryResponse> {
  return client.call<TaobaoFenxiaoRefundQueryResponse>(
    {
      method: 'taobao.fenxiao.refund.query',
      responseRoot: 'fenxiao_refund_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
