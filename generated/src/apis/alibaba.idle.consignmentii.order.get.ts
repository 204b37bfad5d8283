// Generated from specs/idle/alibaba.idle.consignmentii.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.consignmentii.order.get` (闲鱼寄卖V2订单查询). */
export interface AlibabaIdleConsignmentiiOrderGetRequest {
  /** 闲鱼订单ID */
  biz_order_id?: Int64Input;
}

/** Response of `alibaba.idle.consignmentii.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleConsignmentiiOrderGetResponse {
  /** 接口返回model */
  result?: AlibabaIdleConsignmentiiOrderGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.idle.consignmentii.order.get`. */
export interface AlibabaIdleConsignmentiiOrderGetResult {
  /** 错误编码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 订单详情 */
  module?: AlibabaIdleConsignmentiiOrderGetConsignmentV2OrderTo;
  /** 是否成功 */
  success?: boolean;
}

/** `ConsignmentV2OrderTo` of `alibaba.idle.consignmentii.order.get`. */
export interface AlibabaIdleConsignmentiiOrderGetConsignmentV2OrderTo {
  /** 回收商appKey */
  app_key?: string;
  /** 估价金额，单位分，精确到元 */
  apprize_amount?: string;
  /** 估价ID */
  apprize_id?: string;
  /** 区 */
  area?: string;
  /** 闲鱼订单ID */
  biz_order_id?: string;
  /** 买家关闭原因 */
  buyer_close_reason?: string;
  /** 渠道 */
  channel?: string;
  /** 预留json格式渠道业务数据，如无则为空。比如,ship=1:不需要发货,weight=5-15代表5-15kg,userLevel=vip代表免议价用户 */
  channel_data?: string;
  /** 市 */
  city?: string;
  /** 用户定价，精确到分 */
  confirm_fee?: string;
  /** 估价范围，上下限用分号分隔。 */
  consignment_max_deal_amt?: string;
  /** 服务商最终支付金额，精确到分。成交价减服务费 */
  consignment_pay_amount?: string;
  /** 正向服务费，精确到分 */
  consignment_service_fee?: string;
  /** 村 */
  country?: string;
  /** 成色，几成新 */
  degree?: string;
  /** 下单环境 */
  env?: string;
  /** 订单创建时间，格式为"yyyy-MM-dd HH:mm:ss" */
  gmt_create?: string;
  /** 订单一级状态 */
  order_status?: string;
  /** 订单二级状态 */
  order_sub_status?: string;
  /** 省 */
  province?: string;
  /** 卖家定价,分 */
  qa_amount?: string;
  /** 评价内容 */
  rate_content?: string;
  /** 评价等级。1 好评,0 默认中评 */
  rate_grade?: string;
  /** 回收参考价格，分 */
  reference_recycle_price?: string;
  /** 逆向发货物流单 */
  refund_mail_no?: string;
  /** 鉴定报告url */
  report_url?: string;
  /** 逆向服务费，分 */
  reverse_service_fee?: string;
  /** 卖家取件地址/收货地址 */
  seller_address?: string;
  /** 卖家支付宝账号，服务商打款用 */
  seller_alipay_account?: string;
  /** 卖家支付宝账号，服务商打款用 */
  seller_alipay_user_id?: string;
  /** 卖家关闭原因 */
  seller_close_reason?: string;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 卖家上门取件手机号码 */
  seller_phone?: string;
  /** 卖家上门取件名称 */
  seller_real_name?: string;
  /** 逆向卖家退回地址 */
  seller_receipt_address?: string;
  /** 逆向卖家退回取件名称 */
  seller_receipt_name?: string;
  /** 逆向卖家退回手机号 */
  seller_receipt_phone?: string;
  /** json格式服务费计算规则，单位为分，精确到元：最终成交金额*percent%，最高为max金额，最低为min金额。 */
  service_rule?: string;
  /** 上门取件物流单号 */
  ship_mail_no?: string;
  /** 上门取件时间 */
  ship_time?: string;
  /** 子渠道 */
  sub_channel?: string;
  /** 验货结论摘要 */
  summary?: string;
}

const REQUEST_SCHEMA = {
  biz_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    module: {
      app_key: 'String',
      apprize_amount: 'String',
      apprize_id: 'String',
      area: 'String',
      biz_order_id: 'String',
      buyer_close_reason: 'String',
      channel: 'String',
      channel_data: 'String',
      city: 'String',
      confirm_fee: 'String',
      consignment_max_deal_amt: 'String',
      consignment_pay_amount: 'String',
      consignment_service_fee: 'String',
      country: 'String',
      degree: 'String',
      env: 'String',
      gmt_create: 'String',
      order_status: 'String',
      order_sub_status: 'String',
      province: 'String',
      qa_amount: 'String',
      rate_content: 'String',
      rate_grade: 'String',
      reference_recycle_price: 'String',
      refund_mail_no: 'String',
      report_url: 'String',
      reverse_service_fee: 'String',
      seller_address: 'String',
      seller_alipay_account: 'String',
      seller_alipay_user_id: 'String',
      seller_close_reason: 'String',
      seller_nick: 'String',
      seller_phone: 'String',
      seller_real_name: 'String',
      seller_receipt_address: 'String',
      seller_receipt_name: 'String',
      seller_receipt_phone: 'String',
      service_rule: 'String',
      ship_mail_no: 'String',
      ship_time: 'String',
      sub_channel: 'String',
      summary: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.consignmentii.order.get`: method, response root, request and response schemas. */
export const alibabaIdleConsignmentiiOrderGetOperation = {
  method: 'alibaba.idle.consignmentii.order.get',
  responseRoot: 'alibaba_idle_consignmentii_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼寄卖V2订单查询 — calls TOP method `alibaba.idle.consignmentii.order.get`.
 *
 * 闲鱼寄卖V2服务商以闲鱼交易买家身份查询订单信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleConsignmentiiOrderGet(
  client: TopClient,
  request: AlibabaIdleConsignmentiiOrderGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleConsignmentiiOrderGetResponse> {
  return client.call<AlibabaIdleConsignmentiiOrderGetResponse>(
    {
      method: 'alibaba.idle.consignmentii.order.get',
      responseRoot: 'alibaba_idle_consignmentii_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
