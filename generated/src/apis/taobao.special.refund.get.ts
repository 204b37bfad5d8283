// Generated from specs/tbrefund/taobao.special.refund.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.special.refund.get` (特殊部分退纠纷单查询). */
export interface TaobaoSpecialRefundGetRequest {
  /**
   * 需要返回的字段。目前支持有：refund_id, alipay_no, tid, oid, buyer_nick, seller_nick, total_fee, status, created, refund_fee, good_status, has_good_return, payment, reason, desc, num_iid, title, price, num, good_return_time, company_name, sid, address, shipping_type, refund_remind_timeout, refund_phase, refund_version, operation_contraint, attribute, outer_id, sku
   *
   * Max list size: 100
   */
  fields: string[];
  /** 退款单号 */
  refund_id: Int64Input;
}

/** Response of `taobao.special.refund.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSpecialRefundGetResponse {
  /** 退款详情 */
  refund?: TaobaoSpecialRefundGetRefund;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Refund` of `taobao.special.refund.get`. */
export interface TaobaoSpecialRefundGetRefund {
  /** 卖家收货地址 */
  address?: string;
  /** 退款先行垫付默认的未申请状态 0;退款先行垫付申请中 1;退款先行垫付，垫付完成 2;退款先行垫付，卖家拒绝收货 3;退款先行垫付，垫付关闭 4;退款先行垫付，垫付分账成功 5; */
  advance_status?: Int64;
  /** 支付宝交易号 */
  alipay_no?: string;
  /** attribute */
  attribute?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 物流公司名称 */
  company_name?: string;
  /** 退款申请时间。格式:yyyy-MM-dd HH:mm:ss */
  created?: string;
  /** 不需客服介入1;需要客服介入2;客服已经介入3;客服初审完成4;客服主管复审失败5;客服处理完成6;系统撤销(B2B使用)，维权撤销(集市使用) 7;支持买家 8;支持卖家 9;举证中 10;开放申诉 11; */
  cs_status?: Int64;
  /** 退款说明 */
  desc?: string;
  /** 退货时间。格式:yyyy-MM-dd HH:mm:ss */
  good_return_time?: string;
  /** 货物状态。可选值BUYER_NOT_RECEIVED (买家未收到货) BUYER_RECEIVED (买家已收到货) BUYER_RETURNED_GOODS (买家已退货) */
  good_status?: string;
  /** 买家是否需要退货。可选值:true(是),false(否) */
  has_good_return?: boolean;
  /** 更新时间。格式:yyyy-MM-dd HH:mm:ss */
  modified?: string;
  /** 商品数量 */
  num?: Int64;
  /** 申请退款的商品数字编号 */
  num_iid?: Int64;
  /** 子订单号。如果是单笔交易oid会等于tid */
  oid?: Int64;
  /** 退款约束，可选值：cannot_refuse（不允许操作），refund_onweb（需要到网页版操作） */
  operation_contraint?: string;
  /** 退款对应的订单交易状态。可选值TRADE_NO_CREATE_PAY(没有创建支付宝交易) WAIT_BUYER_PAY(等待买家付款) WAIT_SELLER_SEND_GOODS(等待卖家发货,即:买家已付款) WAIT_BUYER_CONFIRM_GOODS(等待买家确认收货,即:卖家已发货) TRADE_BUYER_SIGNED(买家已签收,货到付款专用) TRADE_FINISHED(交易成功) TRADE_CLOSED(交易关闭) TRADE_CLOSED_BY_TAOBAO(交易被淘宝关闭) ALL_WAIT_PAY(包含：WAIT_BUYER_PAY、TRADE_NO_CREATE_PAY) ALL_CLOSED(包含：TRADE_CLOSED、TRADE_CLOSED_BY_TAOBAO) 取自"http://open.taobao.com/dev/index.php/%E4%BA%A4%E6%98%93%E7%8A%B6%E6%80%81" */
  order_status?: string;
  /** 商品外部商家编码 */
  outer_id?: string;
  /** 支付给卖家的金额(交易总金额-退还给买家的金额)。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  payment?: string;
  /** 商品价格。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  price?: string;
  /** 退款原因 */
  reason?: string;
  /** 退还金额(退还给买家的金额)。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  refund_fee?: string;
  /** 退款单号 */
  refund_id?: string;
  /** 退款阶段，可选值：onsale/aftersale */
  refund_phase?: string;
  /** 退款超时结构RefundRemindTimeout */
  refund_remind_timeout?: TaobaoSpecialRefundGetRefundRemindTimeout;
  /** 退款版本号（时间戳） */
  refund_version?: Int64;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 物流方式.可选值:free(卖家包邮),post(平邮),express(快递),ems(EMS). */
  shipping_type?: string;
  /** 退货运单号 */
  sid?: string;
  /** 商品SKU信息 */
  sku?: string;
  /** 分账给卖家的钱 */
  split_seller_fee?: string;
  /** 分账给淘宝的钱 */
  split_taobao_fee?: string;
  /** 退款状态。可选值WAIT_SELLER_AGREE(买家已经申请退款，等待卖家同意) WAIT_BUYER_RETURN_GOODS(卖家已经同意退款，等待买家退货) WAIT_SELLER_CONFIRM_GOODS(买家已经退货，等待卖家确认收货) SELLER_REFUSE_BUYER(卖家拒绝退款) CLOSED(退款关闭) SUCCESS(退款成功) */
  status?: string;
  /** 淘宝交易单号 */
  tid?: Int64;
  /** 商品标题 */
  title?: string;
  /** 交易总金额。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  total_fee?: string;
  /** 买家账号的OpenUID */
  buyer_open_uid?: string;
  /** 逆向特殊部分退类型：价保服务（priceProtect）、退差返现(cashBack) */
  special_refund_type?: string;
}

/** `RefundRemindTimeout` of `taobao.special.refund.get`. */
export interface TaobaoSpecialRefundGetRefundRemindTimeout {
  /** 是否存在超时。可选值:true(是),false(否) */
  exist_timeout?: boolean;
  /** 提醒的类型（退款详情中提示信息的类型） */
  remind_type?: Int64;
  /** 超时时间。格式:yyyy-MM-dd HH:mm:ss */
  timeout?: string;
}

const REQUEST_SCHEMA = {
  fields: ['String'],
  refund_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  refund: {
    address: 'String',
    advance_status: 'Number',
    alipay_no: 'String',
    attribute: 'String',
    buyer_nick: 'String',
    company_name: 'String',
    created: 'Date',
    cs_status: 'Number',
    desc: 'String',
    good_return_time: 'Date',
    good_status: 'String',
    has_good_return: 'Boolean',
    modified: 'Date',
    num: 'Number',
    num_iid: 'Number',
    oid: 'Number',
    operation_contraint: 'String',
    order_status: 'String',
    outer_id: 'String',
    payment: 'String',
    price: 'String',
    reason: 'String',
    refund_fee: 'String',
    refund_id: 'String',
    refund_phase: 'String',
    refund_remind_timeout: {
      exist_timeout: 'Boolean',
      remind_type: 'Number',
      timeout: 'Date',
    },
    refund_version: 'Number',
    seller_nick: 'String',
    shipping_type: 'String',
    sid: 'String',
    sku: 'String',
    split_seller_fee: 'String',
    split_taobao_fee: 'String',
    status: 'String',
    tid: 'Number',
    title: 'String',
    total_fee: 'String',
    buyer_open_uid: 'String',
    special_refund_type: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.special.refund.get`: method, response root, request and response schemas. */
export const taobaoSpecialRefundGetOperation = {
  method: 'taobao.special.refund.get',
  responseRoot: 'special_refund_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 特殊部分退纠纷单查询 — calls TOP method `taobao.special.refund.get`.
 *
 * 获取单笔特殊部分退的纠纷单查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSpecialRefundGet(
  client: TopClient,
  request: TaobaoSpecialRefundGetRequest,
  options?: CallOptions,
): Promise<TaobaoSpecialRefundGetResponse> {
  return client.call<TaobaoSpecialRefundGetResponse>(
    {
      method: 'taobao.special.refund.get',
      responseRoot: 'special_refund_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
