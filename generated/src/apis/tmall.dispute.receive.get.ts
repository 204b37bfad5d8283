// Generated from specs/tbrefund/tmall.dispute.receive.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.dispute.receive.get` (天猫逆向纠纷查询). */
export interface TmallDisputeReceiveGetRequest {
  /** 退款状态，默认查询所有退款状态的数据，除了默认值外每次只能查询一种状态。WAIT_SELLER_AGREE(买家已经申请退款，等待卖家同意);WAIT_BUYER_RETURN_GOODS(卖家已经同意退款，等待买家退货);WAIT_SELLER_CONFIRM_GOODS(买家已经退货，等待卖家确认收货);CLOSED(退款关闭); SUCCESS(退款成功);SELLER_REFUSE_BUYER(卖家拒绝退款);WAIT_BUYER_CONFIRM_REDO_SEND_GOODS(等待买家确认重新邮寄的货物);WAIT_SELLER_CONFIRM_RETURN_ADDRESS(等待卖家确认退货地址);WAIT_SELLER_CONSIGN_GOOGDS(卖家确认收货,等待卖家发货);EXCHANGE_TRANSFORM_TO_REFUND(换货关闭,转退货退款);EXCHANGE_WAIT_BUYER_CONFIRM_GOODS(卖家已发货,等待买家确认收货);POST_FEE_DISPUTE_WAIT_ACTIVATE(邮费单已创建,待激活) */
  status?: string;
  /** 每页条数。取值范围:大于零的整数; 默认值:20;最大值:100 */
  page_size?: Int64Input;
  /** 是否启用has_next的分页方式，如果指定true,则返回的结果中不包含总记录数，但是会新增一个是否存在下一页的的字段，通过此种方式获取增量退款，接口调用成功率在原有的基础上有所提升。 */
  use_has_next?: boolean;
  /** 交易类型列表，一次查询多种类型可用半角逗号分隔，默认同时查询guarantee_trade, auto_delivery这两种类型的数据，查看可选值 */
  type?: string;
  /** 逆向纠纷单号id */
  refund_id?: Int64Input;
  /** 页码。取值范围:大于零的整数; 默认值:1 */
  page_no?: Int64Input;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 查询修改时间开始。格式: yyyy-MM-dd HH:mm:ss */
  start_modified?: DateInput;
  /** 查询修改时间结束。格式: yyyy-MM-dd HH:mm:ss */
  end_modified?: DateInput;
  /**
   * 需要返回的字段。目前支持有：refund_id, alipay_no, tid, buyer_nick, seller_nick, status, created, modified, order_status, refund_fee, good_status, show_return_logistic(展现买家退货的物流信息), show_exchange_logistic(展现换货的物流信息), time_out, oid, refund_version, title, num, dispute_request, reason, desc
   *
   * Max list size: 100
   */
  fields: string[];
  /** 买家openId */
  buyer_open_uid?: string;
}

/** Response of `tmall.dispute.receive.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallDisputeReceiveGetResponse {
  /** result */
  result?: TmallDisputeReceiveGetResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `tmall.dispute.receive.get`. */
export interface TmallDisputeReceiveGetResultSet {
  /** 当前页面的纠纷单数量 */
  page_results?: Int64;
  /** 所有符合查询条件的纠纷单数量 */
  total_results?: Int64;
  /** 是否还有下一页 */
  has_next?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** results */
  results?: TmallDisputeReceiveGetDispute[];
}

/** `Dispute` of `tmall.dispute.receive.get`. */
export interface TmallDisputeReceiveGetDispute {
  /** 卖家收货地址 */
  address?: string;
  /** 支付宝单号 */
  alipay_no?: string;
  /** 纠纷单上的各项属性 */
  attribute?: string;
  /** 正向交易单号 */
  biz_order_id?: string;
  /** 买家收货地址（换货） */
  buyer_address?: string;
  /** 买家发货物流公司（换货） */
  buyer_logistic_name?: string;
  /** 买家发货物流单号（换货） */
  buyer_logistic_no?: string;
  /** 买家收货人姓名（换货） */
  buyer_name?: string;
  /** 买家联系方式（换货） */
  buyer_phone?: string;
  /** 卖家发货物流单号 */
  company_name?: string;
  /** 纠纷单创建时间 */
  created?: string;
  /** 纠纷说明 */
  desc?: string;
  /** 纠纷类型，常见的有：仅退款、退货退款、换货 */
  dispute_request?: string;
  /** 买家退货时间 */
  good_return_time?: string;
  /** 货物状态 */
  good_status?: string;
  /** 买家是否需要退货。可选值:true(是),false(否) */
  has_good_return?: boolean;
  /** 纠纷单修改时间 */
  modified?: string;
  /** 买家购买数量 */
  num?: Int64;
  /** 子订单号。如果是单笔交易oid会等于tid */
  oid?: Int64;
  /** 退款对应的订单交易状态。可选值TRADE_NO_CREATE_PAY(没有创建支付宝交易) WAIT_BUYER_PAY(等待买家付款) WAIT_SELLER_SEND_GOODS(等待卖家发货,即:买家已付款) WAIT_BUYER_CONFIRM_GOODS(等待买家确认收货,即:卖家已发货) TRADE_BUYER_SIGNED(买家已签收,货到付款专用) TRADE_FINISHED(交易成功) TRADE_CLOSED(交易关闭) TRADE_CLOSED_BY_TAOBAO(交易被淘宝关闭) ALL_WAIT_PAY(包含：WAIT_BUYER_PAY、TRADE_NO_CREATE_PAY) ALL_CLOSED(包含：TRADE_CLOSED、TRADE_CLOSED_BY_TAOBAO) 取自"http://open.taobao.com/dev/index.php/%E4%BA%A4%E6%98%93%E7%8A%B6%E6%80%81" */
  order_status?: string;
  /** 退款原因 */
  reason?: string;
  /** 退还金额(退还给买家的金额)。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  refund_fee?: string;
  /** 纠纷单号id */
  refund_id?: string;
  /** 退款阶段，可选值：onsale/aftersale */
  refund_phase?: string;
  /** 卖家发货物流公司（换货） */
  seller_logistic_name?: string;
  /** 卖家发货物流单号（换货） */
  seller_logistic_no?: string;
  /** 逆向纠纷状态。其中，仅退款/退货退款的状态为：(1, "买家已经申请退款，等待卖家同意"),(2, "卖家已经同意退款，等待买家退货"),(3, "买家已经退货，等待卖家确认收货"),(4, "退款关闭"),(5, "退款成功"),(6, "卖家拒绝退款”),(7, "等待买家确认重新邮寄的货物"),(8, "等待卖家确认退货地址")；换货的状态为：(1, "换货待处理"),(2, "待买家退货"),(3, "买家已退货，待收货"),(4, "换货关闭"),(5, "换货成功"),(6, "待买家修改"),(12, "待发出换货商品"),(13, "待买家收货"),(14, "请退款") */
  status?: string;
  /** 超时时间 */
  time_out?: string;
  /** 商品名称 */
  title?: string;
  /** 买家openId */
  buyer_open_uid?: string;
  /** 买家昵称 */
  buyer_nick?: string;
}

const REQUEST_SCHEMA = {
  status: 'String',
  page_size: 'Number',
  use_has_next: 'Boolean',
  type: 'String',
  refund_id: 'Number',
  page_no: 'Number',
  buyer_nick: 'String',
  start_modified: 'Date',
  end_modified: 'Date',
  fields: ['String'],
  buyer_open_uid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    page_results: 'Number',
    total_results: 'Number',
    has_next: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    results: [
      {
        address: 'String',
        alipay_no: 'String',
        attribute: 'String',
        biz_order_id: 'String',
        buyer_address: 'String',
        buyer_logistic_name: 'String',
        buyer_logistic_no: 'String',
        buyer_name: 'String',
        buyer_phone: 'String',
        company_name: 'String',
        created: 'Date',
        desc: 'String',
        dispute_request: 'String',
        good_return_time: 'Date',
        good_status: 'String',
        has_good_return: 'Boolean',
        modified: 'Date',
        num: 'Number',
        oid: 'Number',
        order_status: 'String',
        reason: 'String',
        refund_fee: 'String',
        refund_id: 'String',
        refund_phase: 'String',
        seller_logistic_name: 'String',
        seller_logistic_no: 'String',
        status: 'String',
        time_out: 'String',
        title: 'String',
        buyer_open_uid: 'String',
        buyer_nick: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.dispute.receive.get`: method, response root, request and response schemas. */
export const tmallDisputeReceiveGetOperation = {
  method: 'tmall.dispute.receive.get',
  responseRoot: 'tmall_dispute_receive_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫逆向纠纷查询 — calls TOP method `tmall.dispute.receive.get`.
 *
 * 展示商家所有退款信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallDisputeReceiveGet(
  client: TopClient,
  request: TmallDisputeReceiveGetRequest,
  options?: CallOptions,
): Promise<TmallDisputeReceiveGetResponse> {
  return client.call<TmallDisputeReceiveGetResponse>(
    {
      method: 'tmall.dispute.receive.get',
      responseRoot: 'tmall_dispute_receive_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
