// Generated from specs/idle/alibaba.idle.recycle.order.fulfillment.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.recycle.order.fulfillment` (闲鱼回收订单履约V1). */
export interface AlibabaIdleRecycleOrderFulfillmentRequest {
  /** 订单同步入参 */
  param0?: AlibabaIdleRecycleOrderFulfillmentRecycleOrderSynDtoInput;
}

/** Response of `alibaba.idle.recycle.order.fulfillment`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleRecycleOrderFulfillmentResponse {
  /** result */
  result?: AlibabaIdleRecycleOrderFulfillmentResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RecycleOrderSynDto` of `alibaba.idle.recycle.order.fulfillment`. */
export interface AlibabaIdleRecycleOrderFulfillmentRecycleOrderSynDtoInput {
  /** 属性入参 */
  attribute?: AlibabaIdleRecycleOrderFulfillmentAttributeInput;
  /** 订单号 */
  biz_order_id: string;
  /** 1:置订单可见 2:已上门取件 3:已质检 4:卖家确认交易完成 5:回收商确认交易完成 6:卖家订单已评价 7:回收商订单已评价 8:信用预付订单打款 101:货物已退回 103:回收商关闭订单 104:支付宝代扣失败 105:支付宝代扣成 106:支付宝代扣逾期 */
  order_status: string;
  /** 回收商在top上申请的appkey */
  partner_key: string;
}

/** `Attribute` of `alibaba.idle.recycle.order.fulfillment`. */
export interface AlibabaIdleRecycleOrderFulfillmentAttributeInput {
  /** order_status=3时候填写 代表质检后的最终价格单位分,注意如果质检后商品无价值也不能填0,需要至少填写1分钱, order_status=5时候填写 代表最终成交时的价格单位分 */
  confirm_fee?: string;
  /** order_status=103、101时候填写 关闭原因描述 */
  reason?: string;
  /** order_status=2或者101 时候填写快递公司运单号 */
  mail_no?: string;
  /** order_status=7时候填写 1：好评 2：中评 */
  rate_grade?: string;
  /** order_status=7时候填写 */
  rate_content?: string;
  /** order_status=104时填写卖家还欠费金额单位分 */
  arrearage_fee?: string;
  /** 字段已废弃，order_status=1时传递支付宝的签约号 */
  agreement_no?: string;
  /** 字段已废弃，order_status=1时传递,支付宝用户id */
  alipay_user_id?: string;
  /** 字段已废弃，order_status=104时传递用户还款链接 */
  arrearage_link?: string;
  /** 业务场景定义的数量，如旧衣回收重量,order_status=3时候传递，具体含义根据不同业务场景决定 */
  quantity?: string;
  /** 支付宝交易号，在支付预付款(推送status=8)和推送(status=5)分别提供相应打款的交易号 */
  alipay_trade_no?: string;
  /** 联系人姓名，上门回收填写,order_status=1 */
  contact_name?: string;
  /** 联系人电话，上门回收填写,order_status=1 */
  contact_mobile?: string;
  /** 手淘商家的淘宝账号id */
  recycle_supplier_id?: string;
  /** 商家收到货品时间 */
  isv_receive_time?: string;
  /** 质检型号名称（若存在不一致情况，需要了解实际检测的质检型号，若实际型号在已挂载的spuid中则传spuid，否则传"其他"） */
  real_model?: string;
  /** 提交型号和质检型号是否一致 */
  spu_match?: string;
  /** order_status=103、101时候填写 关闭原因code。QA_STAFF_NOT_VISIT_HOME("质检员未上门取件"), SELLER_CAN_NOT_CONTACT("用户无法联系"), SELLER_NOT_COME_STORE_AT_TIME("用户未按时到店"), CANCEL_BY_SELLER_DEMAND("用户要求不回收了"), QA_NOT_QUALIFIED("不符合服务商质检要求"), OTHER("其他原因") */
  close_reason_code?: string;
  /** 逆向退回邮费，单位分 */
  refund_logistics_fee?: string;
  /** 补偿给卖家的费用 */
  compensation_fee?: string;
  /** 是否允许用户修改地址 */
  agree_use_address_change?: string;
}

/** `Result` of `alibaba.idle.recycle.order.fulfillment`. */
export interface AlibabaIdleRecycleOrderFulfillmentResult {
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
    attribute: {
      confirm_fee: 'String',
      reason: 'String',
      mail_no: 'String',
      rate_grade: 'String',
      rate_content: 'String',
      arrearage_fee: 'String',
      agreement_no: 'String',
      alipay_user_id: 'String',
      arrearage_link: 'String',
      quantity: 'String',
      alipay_trade_no: 'String',
      contact_name: 'String',
      contact_mobile: 'String',
      recycle_supplier_id: 'String',
      isv_receive_time: 'String',
      real_model: 'String',
      spu_match: 'String',
      close_reason_code: 'String',
      refund_logistics_fee: 'String',
      compensation_fee: 'String',
      agree_use_address_change: 'String',
    },
    biz_order_id: 'String',
    order_status: 'String',
    partner_key: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.recycle.order.fulfillment`: method, response root, request and response schemas. */
export const alibabaIdleRecycleOrderFulfillmentOperation = {
  method: 'alibaba.idle.recycle.order.fulfillment',
  responseRoot: 'alibaba_idle_recycle_order_fulfillment_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼回收订单履约V1 — calls TOP method `alibaba.idle.recycle.order.fulfillment`.
 *
 * 外部回收商针对自有回收订单的履行
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleRecycleOrderFulfillment(
  client: TopClient,
  request: AlibabaIdleRecycleOrderFulfillmentRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleRecycleOrderFulfillmentResponse> {
  return client.call<AlibabaIdleRecycleOrderFulfillmentResponse>(
    {
      method: 'alibaba.idle.recycle.order.fulfillment',
      responseRoot: 'alibaba_idle_recycle_order_fulfillment_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
