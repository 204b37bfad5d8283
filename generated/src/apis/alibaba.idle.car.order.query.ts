// Generated from specs/idle/alibaba.idle.car.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.car.order.query` (二手车寄卖查询订单接口). */
export interface AlibabaIdleCarOrderQueryRequest {
  /** 查询订单入参 */
  query: AlibabaIdleCarOrderQueryConsignmentOrderQueryInput;
}

/** Response of `alibaba.idle.car.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleCarOrderQueryResponse {
  /** 返回结果 */
  result?: AlibabaIdleCarOrderQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ConsignmentOrderQuery` of `alibaba.idle.car.order.query`. */
export interface AlibabaIdleCarOrderQueryConsignmentOrderQueryInput {
  /** 订单id */
  biz_order_id: Int64Input;
}

/** `Result` of `alibaba.idle.car.order.query`. */
export interface AlibabaIdleCarOrderQueryResult {
  /** 成功 */
  success?: boolean;
  /** 错误信息 */
  err_code?: string;
  /** 返回结果 */
  module?: AlibabaIdleCarOrderQueryConsignmentV2OrderTO;
  /** 错误信息 */
  err_msg?: string;
}

/** `ConsignmentV2OrderTO` of `alibaba.idle.car.order.query`. */
export interface AlibabaIdleCarOrderQueryConsignmentV2OrderTO {
  /** appkey */
  appkey?: string;
  /** 订单id */
  biz_order_id?: string;
  /** 订单主状态 */
  order_status?: string;
  /** 订单子状态 */
  order_sub_status?: string;
  /** 卖家id */
  seller_id?: string;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 卖家支付宝昵称 */
  seller_alipay_user_id?: string;
  /** 卖家支付宝账户 */
  seller_alipay_account?: string;
  /** 估价金额 */
  apprize_amount?: string;
  /** 卖家地址 */
  seller_address?: string;
  /** 卖家手机 */
  seller_phone?: string;
  /** 上门时间 */
  ship_time?: string;
  /** 卖家真实姓名 */
  seller_real_name?: string;
  /** 估价id */
  apprize_id?: string;
  /** 市 */
  city?: string;
  /** 省 */
  province?: string;
  /** 区 */
  area?: string;
  /** 村 */
  country?: string;
  /** 订单渠道 */
  channel?: string;
  /** 子渠道 */
  sub_channel?: string;
  /** 渠道下存储的数据 */
  channel_data?: string;
  /** 评价等级 1 好评,0 默认中评 */
  rate_grade?: string;
  /** 评价内容 */
  rate_content?: string;
  /** 卖家取消订单原因 */
  seller_close_reason?: string;
  /** 买家关闭订单原因 */
  buyer_close_reason?: string;
  /** 订单产生环境 */
  env?: string;
  /** 订单创建时间 */
  gmt_create?: string;
  /** 服务费规则 */
  service_rule?: string;
  /** 上门取件物流单号 */
  ship_mail_no?: string;
  /** 质检结果简述 */
  summary?: string;
  /** 质检报告url */
  report_url?: string;
  /** 成色 */
  degree?: string;
  /** 服务费 */
  consignment_service_fee?: string;
  /** 服务商实际支付金额 */
  consignment_pay_amount?: string;
  /** 质检价格 */
  qa_amount?: string;
  /** 用户出价 */
  consignment_max_deal_amt?: string;
  /** 参考回收价 */
  reference_recycle_price?: string;
  /** 逆向退回地址id */
  seller_receipt_address_id?: string;
  /** 逆向退回地址 详细信息 */
  seller_receipt_address?: string;
  /** 退回运单号 */
  refund_mail_no?: string;
  /** 逆向退回卖家手机号 */
  seller_receipt_phone?: string;
  /** 逆向退回卖家姓名 */
  seller_receipt_name?: string;
  /** 逆向处理费 */
  reverse_service_fee?: string;
  /** spuId */
  spu_id?: string;
  /** 订单发货类型，1:邮寄，2:上门，3:到店 */
  ship_type?: string;
  /** 门店地址id */
  station_id?: string;
}

const REQUEST_SCHEMA = {
  query: {
    biz_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    err_code: 'String',
    module: {
      appkey: 'String',
      biz_order_id: 'String',
      order_status: 'String',
      order_sub_status: 'String',
      seller_id: 'String',
      seller_nick: 'String',
      seller_alipay_user_id: 'String',
      seller_alipay_account: 'String',
      apprize_amount: 'String',
      seller_address: 'String',
      seller_phone: 'String',
      ship_time: 'String',
      seller_real_name: 'String',
      apprize_id: 'String',
      city: 'String',
      province: 'String',
      area: 'String',
      country: 'String',
      channel: 'String',
      sub_channel: 'String',
      channel_data: 'String',
      rate_grade: 'String',
      rate_content: 'String',
      seller_close_reason: 'String',
      buyer_close_reason: 'String',
      env: 'String',
      gmt_create: 'String',
      service_rule: 'String',
      ship_mail_no: 'String',
      summary: 'String',
      report_url: 'String',
      degree: 'String',
      consignment_service_fee: 'String',
      consignment_pay_amount: 'String',
      qa_amount: 'String',
      consignment_max_deal_amt: 'String',
      reference_recycle_price: 'String',
      seller_receipt_address_id: 'String',
      seller_receipt_address: 'String',
      refund_mail_no: 'String',
      seller_receipt_phone: 'String',
      seller_receipt_name: 'String',
      reverse_service_fee: 'String',
      spu_id: 'String',
      ship_type: 'String',
      station_id: 'String',
    },
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.car.order.query`: method, response root, request and response schemas. */
export const alibabaIdleCarOrderQueryOperation = {
  method: 'alibaba.idle.car.order.query',
  responseRoot: 'alibaba_idle_car_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 二手车寄卖查询订单接口 — calls TOP method `alibaba.idle.car.order.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleCarOrderQuery(
  client: TopClient,
  request: AlibabaIdleCarOrderQueryRequest,
  options?: CallOptions,
): Promise<AlibabaIdleCarOrderQueryResponse> {
  return client.call<AlibabaIdleCarOrderQueryResponse>(
    {
      method: 'alibaba.idle.car.order.query',
      responseRoot: 'alibaba_idle_car_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
