// Generated from specs/wlb/taobao.wlb.tradeorder.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.tradeorder.get` (根据交易号获取物流宝订单). */
export interface TaobaoWlbTradeorderGetRequest {
  /** 子交易号 */
  sub_trade_id?: string;
  /** 指定交易类型的交易号 */
  trade_id: string;
  /** 交易类型: TAOBAO--淘宝交易 OTHER_TRADE--其它交易 */
  trade_type: string;
}

/** Response of `taobao.wlb.tradeorder.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbTradeorderGetResponse {
  /** 物流宝订单对象 */
  wlb_order_list?: TaobaoWlbTradeorderGetWlbOrder[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WlbOrder` of `taobao.wlb.tradeorder.get`. */
export interface TaobaoWlbTradeorderGetWlbOrder {
  /** 出库或者入库，IN表示入库，OUT表示出库 */
  operate_type?: string;
  /** 订单编码 */
  order_code?: string;
  /**
   * 订单来源:
   * 产生物流订单的原因，比如:
   *
   * 订单来源:1:TAOBAO;2:EXT;3:ERP;4:WMS
   */
  order_source?: string;
  /** 对应创建物流宝订单top接口中的的out_biz_code字段，主要是用来去重用 */
  order_source_code?: string;
  /**
   * 1:正常订单: NORMAL
   * 2:退货订单: RETURN
   * 3:换货订单: CHANGE
   */
  order_type?: string;
  /**
   * (1)其它: OTHER
   * (2)淘宝交易: TAOBAO
   * (3)301:调拨: ALLOCATION
   * (4)401:盘点:CHECK
   * (5)501:销售采购:PRUCHASE
   */
  order_sub_type?: string;
  /** 订单总价 */
  total_amount?: Int64;
  /** 卖家ID */
  user_id?: Int64;
  /** 卖家NICK */
  user_nick?: string;
  /** 仓库编码 */
  store_code?: string;
  /** 发货物流公司编码，STO,YTO,EMS等 */
  tms_tp_code?: string;
  /**
   * 物流状态，
   * 订单已创建：0
   * 订单已取消: -1
   * 订单关闭:-3
   * 下发中: 10
   * 已下发: 11
   * TMS拒签 :-100
   * 接收方拒签：-200
   * 已发货:100
   * 签收成功:200
   */
  order_status?: string;
  /** 卖家取消,仓库取消标识 */
  order_status_reason?: string;
  /** 订单备注 */
  remark?: string;
  /** 原订单编码 */
  prev_order_code?: string;
  /** 系统自动生成 */
  is_completed?: boolean;
  /** 买家nick */
  buyer_nick?: string;
  /** 接收人姓名 */
  receiver_name?: string;
  /** 接收人旺旺 */
  receiver_wangwang?: string;
  /** 接收人电子邮箱 */
  receiver_mail?: string;
  /** 收件人邮编 */
  receiver_zip_code?: string;
  /** 接收人手机号码 */
  receiver_mobile?: string;
  /** 接收人固定电话 */
  receiver_phone?: string;
  /** 发票信息 */
  invoice_info?: string;
  /** 第1位:COD,2:限时配送,3:预售,4:需要发票,5:已投诉,第6位:合单,第7位:拆单 第8位：EXCHANGE-换货， 第9位:VISIT-上门 ， 第10位: MODIFYTRANSPORT-是否可改配送方式，第11位：是否物流代理确认发货 */
  order_flag?: Int64;
  /** 应收金额 */
  receivable_amount?: Int64;
  /** 收件人省份 */
  receiver_province?: string;
  /** 收件人城市 */
  receiver_city?: string;
  /** 区或者县 */
  receiver_area?: string;
  /** 收件人具体地址 */
  receiver_address?: string;
  /** cod服务费 */
  service_fee?: Int64;
  /**
   * 订单取消状态：
   * 1-取消中；
   * 2-取消失败；
   * 3-取消完成
   */
  cancel_order_status?: Int64;
  /** 发件人所在省份 */
  sender_province?: string;
  /** 发件人城市 */
  sender_city?: string;
  /** 发件人所在区 */
  sender_area?: string;
  /** 发件人地址 */
  sender_address?: string;
  /** 发件人姓名 */
  sender_name?: string;
  /** 发件人电子邮箱 */
  sender_email?: string;
  /** 发件人联系电话 */
  sender_phone?: string;
  /** 发件人移动电话 */
  sender_mobile?: string;
  /** 发件人邮编 */
  sender_zip_code?: string;
  /** 配送开始时间通常是HH:MM格式 */
  schedule_day?: string;
  /** 配送结束时间通常是HH:MM格式 */
  schedule_end?: string;
  /** 计划送达开始时间 */
  expect_start_time?: string;
  /** 计划送达结束时间 */
  expect_end_time?: string;
  /**
   * 发货速度 ，
   * 101-当日达，
   * 102-次晨达，
   * 103-次日达
   */
  schedule_speed?: Int64;
}

const REQUEST_SCHEMA = {
  sub_trade_id: 'String',
  trade_id: 'String',
  trade_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  wlb_order_list: [
    {
      operate_type: 'String',
      order_code: 'String',
      order_source: 'String',
      order_source_code: 'String',
      order_type: 'String',
      order_sub_type: 'String',
      total_amount: 'Number',
      user_id: 'Number',
      user_nick: 'String',
      store_code: 'String',
      tms_tp_code: 'String',
      order_status: 'String',
      order_status_reason: 'String',
      remark: 'String',
      prev_order_code: 'String',
      is_completed: 'Boolean',
      buyer_nick: 'String',
      receiver_name: 'String',
      receiver_wangwang: 'String',
      receiver_mail: 'String',
      receiver_zip_code: 'String',
      receiver_mobile: 'String',
      receiver_phone: 'String',
      invoice_info: 'String',
      order_flag: 'Number',
      receivable_amount: 'Number',
      receiver_province: 'String',
      receiver_city: 'String',
      receiver_area: 'String',
      receiver_address: 'String',
      service_fee: 'Number',
      cancel_order_status: 'Number',
      sender_province: 'String',
      sender_city: 'String',
      sender_area: 'String',
      sender_address: 'String',
      sender_name: 'String',
      sender_email: 'String',
      sender_phone: 'String',
      sender_mobile: 'String',
      sender_zip_code: 'String',
      schedule_day: 'String',
      schedule_end: 'String',
      expect_start_time: 'Date',
      expect_end_time: 'Date',
      schedule_speed: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.tradeorder.get`: method, response root, request and response schemas. */
export const taobaoWlbTradeorderGetOperation = {
  method: 'taobao.wlb.tradeorder.get',
  responseRoot: 'wlb_tradeorder_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据交易号获取物流宝订单 — calls TOP method `taobao.wlb.tradeorder.get`.
 *
 * 根据交易类型和交易id查询物流宝订单详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbTradeorderGet(
  client: TopClient,
  request: TaobaoWlbTradeorderGetRequest,
  options?: CallOptions,
): Promise<TaobaoWlbTradeorderGetResponse> {
  return client.call<TaobaoWlbTradeorderGetResponse>(
    {
      method: 'taobao.wlb.tradeorder.get',
      responseRoot: 'wlb_tradeorder_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
