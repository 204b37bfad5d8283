// Generated from specs/refund/taobao.refunds.receive.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.refunds.receive.get` (查询卖家收到的退款列表). */
export interface TaobaoRefundsReceiveGetRequest {
  /**
   * 需要返回的字段。目前支持有：refund_id, tid, title, buyer_nick, seller_nick, total_fee, status, created, refund_fee, oid, good_status, company_name, sid, payment, reason, desc, has_good_return, modified, order_status,refund_phase,dispute_type
   *
   * Max list size: 100
   */
  fields: string[];
  /** 退款状态，默认查询所有退款状态的数据，除了默认值外每次只能查询一种状态。WAIT_SELLER_AGREE(买家已经申请退款，等待卖家同意) WAIT_BUYER_RETURN_GOODS(卖家已经同意退款，等待买家退货) WAIT_SELLER_CONFIRM_GOODS(买家已经退货，等待卖家确认收货) SELLER_REFUSE_BUYER(卖家拒绝退款) CLOSED(退款关闭) SUCCESS(退款成功)WAIT_BUYER_CONFIRM_EXCHANGE_SELLER_SEND_GOODS(等待买家确认换货卖家发货商品)EXCHANGE_TRANSFORM_TO_REFUND(换货关闭转退款)WAIT_SELLER_CONSIGN_GOODS(商家确认收货等待商家发货) */
  status?: string;
  /** 交易类型列表，一次查询多种类型可用半角逗号分隔，默认同时查询guarantee_trade, auto_delivery这两种类型的数据，查看可选值 */
  type?: string;
  /** 查询修改时间开始。格式: yyyy-MM-dd HH:mm:ss */
  start_modified?: DateInput;
  /** 查询修改时间结束。格式: yyyy-MM-dd HH:mm:ss */
  end_modified?: DateInput;
  /**
   * 页码。取值范围:大于零的整数; 默认值:1
   *
   * Min value: 1
   */
  page_no?: Int64Input;
  /**
   * 每页条数。取值范围:大于零的整数; 默认值:40;最大值:100
   *
   * Min value: 1
   * Max value: 100
   */
  page_size?: Int64Input;
  /** 是否启用has_next的分页方式，如果指定true,则返回的结果中不包含总记录数，但是会新增一个是否存在下一页的的字段，通过此种方式获取增量退款，接口调用成功率在原有的基础上有所提升。 */
  use_has_next?: boolean;
  /** 系统自动生成 */
  ouid?: string;
  /** 买家OpenId */
  buyer_open_uid?: string;
  /** 买家昵称 */
  buyer_nick?: string;
}

/** Response of `taobao.refunds.receive.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRefundsReceiveGetResponse {
  /** 搜索到的退款信息总数 */
  total_results?: Int64;
  /** 是否存在下一页 */
  has_next?: boolean;
  /** 搜索到的退款信息列表 */
  refunds?: TaobaoRefundsReceiveGetRefund[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Refund` of `taobao.refunds.receive.get`. */
export interface TaobaoRefundsReceiveGetRefund {
  /** 退款单号 */
  refund_id?: string;
  /** 淘宝交易单号 */
  tid?: Int64;
  /** 子订单号。如果是单笔交易oid会等于tid */
  oid?: Int64;
  /** 交易总金额。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  total_fee?: string;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 退款申请时间。格式:yyyy-MM-dd HH:mm:ss */
  created?: string;
  /** 更新时间。格式:yyyy-MM-dd HH:mm:ss */
  modified?: string;
  /** 退款对应的订单交易状态。可选值TRADE_NO_CREATE_PAY(没有创建支付宝交易) WAIT_BUYER_PAY(等待买家付款) WAIT_SELLER_SEND_GOODS(等待卖家发货,即:买家已付款) WAIT_BUYER_CONFIRM_GOODS(等待买家确认收货,即:卖家已发货) TRADE_BUYER_SIGNED(买家已签收,货到付款专用) TRADE_FINISHED(交易成功) TRADE_CLOSED(交易关闭) TRADE_CLOSED_BY_TAOBAO(交易被淘宝关闭) ALL_WAIT_PAY(包含：WAIT_BUYER_PAY、TRADE_NO_CREATE_PAY) ALL_CLOSED(包含：TRADE_CLOSED、TRADE_CLOSED_BY_TAOBAO) 取自"http://open.taobao.com/dev/index.php/%E4%BA%A4%E6%98%93%E7%8A%B6%E6%80%81" */
  order_status?: string;
  /** 退款状态。可选值WAIT_SELLER_AGREE(买家已经申请退款，等待卖家同意) WAIT_BUYER_RETURN_GOODS(卖家已经同意退款，等待买家退货) WAIT_SELLER_CONFIRM_GOODS(买家已经退货，等待卖家确认收货) SELLER_REFUSE_BUYER(卖家拒绝退款) CLOSED(退款关闭) SUCCESS(退款成功) */
  status?: string;
  /** 货物状态。可选值BUYER_NOT_RECEIVED (买家未收到货) BUYER_RECEIVED (买家已收到货) BUYER_RETURNED_GOODS (买家已退货) */
  good_status?: string;
  /** 买家是否需要退货。可选值:true(是),false(否) */
  has_good_return?: boolean;
  /** 退还金额(退还给买家的金额)。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  refund_fee?: string;
  /** 支付给卖家的金额(交易总金额-退还给买家的金额)。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  payment?: string;
  /** 退款原因 */
  reason?: string;
  /** 退款说明 */
  desc?: string;
  /** 商品标题 */
  title?: string;
  /** 商品购买数量 */
  num?: Int64;
  /** 物流公司名称 */
  company_name?: string;
  /** 退货运单号 */
  sid?: string;
  /** 退款阶段，可选值：onsale/aftersale */
  refund_phase?: string;
  /** 退款版本号（时间戳） */
  refund_version?: Int64;
  /** 商品SKU信息 */
  sku?: string;
  /** 退款扩展属性 */
  attribute?: string;
  /** 商品外部商家编码 */
  outer_id?: string;
  /** 退款约束，可选值：cannot_refuse（不允许操作），refund_onweb（需要到网页版操作） */
  operation_contraint?: string;
  /** ouid */
  ouid?: string;
  /** 买家账号的OpenUID */
  buyer_open_uid?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 退款类型 */
  dispute_type?: string;
}

const REQUEST_SCHEMA = {
  fields: ['String'],
  status: 'String',
  type: 'String',
  start_modified: 'Date',
  end_modified: 'Date',
  page_no: 'Number',
  page_size: 'Number',
  use_has_next: 'Boolean',
  ouid: 'String',
  buyer_open_uid: 'String',
  buyer_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  has_next: 'Boolean',
  refunds: [
    {
      refund_id: 'String',
      tid: 'Number',
      oid: 'Number',
      total_fee: 'String',
      seller_nick: 'String',
      created: 'Date',
      modified: 'Date',
      order_status: 'String',
      status: 'String',
      good_status: 'String',
      has_good_return: 'Boolean',
      refund_fee: 'String',
      payment: 'String',
      reason: 'String',
      desc: 'String',
      title: 'String',
      num: 'Number',
      company_name: 'String',
      sid: 'String',
      refund_phase: 'String',
      refund_version: 'Number',
      sku: 'String',
      attribute: 'String',
      outer_id: 'String',
      operation_contraint: 'String',
      ouid: 'String',
      buyer_open_uid: 'String',
      buyer_nick: 'String',
      dispute_type: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.refunds.receive.get`: method, response root, request and response schemas. */
export const taobaoRefundsReceiveGetOperation = {
  method: 'taobao.refunds.receive.get',
  responseRoot: 'refunds_receive_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询卖家收到的退款列表 — calls TOP method `taobao.refunds.receive.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRefundsReceiveGet(
  client: TopClient,
  request: TaobaoRefundsReceiveGetRequest,
  options?: CallOptions,
): Promise<TaobaoRefundsReceiveGetResponse> {
  return client.call<TaobaoRefundsReceiveGetResponse>(
    {
      method: 'taobao.refunds.receive.get',
      responseRoot: 'refunds_receive_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
