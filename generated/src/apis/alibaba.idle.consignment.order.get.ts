// Generated from specs/idle/alibaba.idle.consignment.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.consignment.order.get` (闲鱼帮卖订单查询). */
export interface AlibabaIdleConsignmentOrderGetRequest {
  /** 闲鱼订单ID */
  biz_order_id: Int64Input;
}

/** Response of `alibaba.idle.consignment.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleConsignmentOrderGetResponse {
  /** 接口返回model */
  result?: AlibabaIdleConsignmentOrderGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.idle.consignment.order.get`. */
export interface AlibabaIdleConsignmentOrderGetResult {
  /** 帮卖订单详情 */
  module?: AlibabaIdleConsignmentOrderGetConsignmentOrderTo;
  /** 错误编码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `ConsignmentOrderTo` of `alibaba.idle.consignment.order.get`. */
export interface AlibabaIdleConsignmentOrderGetConsignmentOrderTo {
  /** 订单创建时间，格式为"yyyy-MM-dd HH:mm:ss" */
  gmt_create?: string;
  /** 支付方式。1:支付宝现金 2：天猫红包 */
  idle_pay_type?: string;
  /** 订单环境。online：线上环境 pre：测试环境 */
  env?: string;
  /** 退货原因 */
  refund_reason?: string;
  /** 买家关闭原因 */
  buyer_close_reason?: string;
  /** 卖家关闭原因 */
  seller_close_reason?: string;
  /** 评价内容 */
  rate_content?: string;
  /** 评价等级。1 好评,0 默认中评 */
  rate_grade?: string;
  /** 预留json格式渠道业务数据，如无则为空。比如,ship=1:不需要发货,weight=5-15代表5-15kg,userLevel=vip代表免议价用户 */
  channel_data?: string;
  /** 子渠道 */
  sub_channel?: string;
  /** 渠道 */
  channel?: string;
  /** 村 */
  country?: string;
  /** 区 */
  area?: string;
  /** 省 */
  province?: string;
  /** 市 */
  city?: string;
  /** 估价ID */
  apprize_id?: string;
  /** 卖家真实姓名 */
  seller_real_name?: string;
  /** 取件时间，格式为"yyyy-MM-dd HH:mm:ss" */
  ship_time?: string;
  /** 取件类型 1：顺丰 2：上门取件 */
  ship_type?: string;
  /** 卖家手机号码 */
  seller_phone?: string;
  /** 卖家取件地址/收货地址 */
  seller_address?: string;
  /** 估价金额，单位分，精确到元 */
  apprize_amount?: Int64;
  /** 卖家支付宝账号 */
  seller_alipay_account?: string;
  /** 卖家支付宝用户ID */
  seller_alipay_user_id?: string;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 订单二级状态,一级状态的子状态,对于没有二级状态的场景该字段为空。一级状态为2已取件: 21:已取件; 22:已收件; 一级状态为3已质检: 31:已质检; 32:用户已确认; 201:一次挂拍; 一级状态为20竞拍中: 202:一次竞拍中; 203:一次竞拍成交; 204:一次拍卖违约; 205:一次竞拍流拍; 211:二次挂拍; 212:二次竞拍中; 213:二次竞拍成交; 214:二次拍卖违约; 215:二次竞拍流拍; 一级状态为5服务商确认交易完成: 51:拍卖成功/订单成功; 58:回收商确认交易/拍卖流拍成交; 59:服务商(兜底)确认交易/支付; */
  order_sub_status?: Int64;
  /** 订单一级状态。1:已下单; 2:已取件; 3:已质检; 20:竞拍中; 5:交易成功; 6:卖家已评价; 7:服务商已评价; 100:申请退货; 101:已退货; 102:卖家取消订单关闭; 103:服务商取消订单关闭; */
  order_status?: Int64;
  /** 闲鱼订单ID */
  biz_order_id?: string;
  /** 回收商appKey */
  app_key?: string;
  /** json格式服务费计算规则，单位为分，精确到元：最终成交金额*percent%，最高为max金额，最低为min金额。 */
  service_rule?: string;
}

const REQUEST_SCHEMA = {
  biz_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      gmt_create: 'String',
      idle_pay_type: 'String',
      env: 'String',
      refund_reason: 'String',
      buyer_close_reason: 'String',
      seller_close_reason: 'String',
      rate_content: 'String',
      rate_grade: 'String',
      channel_data: 'String',
      sub_channel: 'String',
      channel: 'String',
      country: 'String',
      area: 'String',
      province: 'String',
      city: 'String',
      apprize_id: 'String',
      seller_real_name: 'String',
      ship_time: 'String',
      ship_type: 'String',
      seller_phone: 'String',
      seller_address: 'String',
      apprize_amount: 'Number',
      seller_alipay_account: 'String',
      seller_alipay_user_id: 'String',
      seller_nick: 'String',
      buyer_nick: 'String',
      order_sub_status: 'Number',
      order_status: 'Number',
      biz_order_id: 'String',
      app_key: 'String',
      service_rule: 'String',
    },
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.consignment.order.get`: method, response root, request and response schemas. */
export const alibabaIdleConsignmentOrderGetOperation = {
  method: 'alibaba.idle.consignment.order.get',
  responseRoot: 'alibaba_idle_consignment_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼帮卖订单查询 — calls TOP method `alibaba.idle.consignment.order.get`.
 *
 * 闲鱼帮卖服务商以闲鱼交易买家身份查询订单信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleConsignmentOrderGet(
  client: TopClient,
  request: AlibabaIdleConsignmentOrderGetRequest,
  options?: CallOptions,
): Promise<AlibabaIdleConsignmentOrderGetResponse> {
  return client.call<AlibabaIdleConsignmentOrderGetResponse>(
    {
      method: 'alibaba.idle.consignment.order.get',
      responseRoot: 'alibaba_idle_consignment_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
