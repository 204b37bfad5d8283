// Generated from specs/idle/alibaba.idle.recycle.order.show.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.recycle.order.show` (闲鱼回收订单查询V1.1). */
export interface AlibabaIdleRecycleOrderShowRequest {
  /** 订单号 */
  biz_order_id: Int64Input;
}

/** Response of `alibaba.idle.recycle.order.show`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleRecycleOrderShowResponse {
  /** result */
  result?: AlibabaIdleRecycleOrderShowResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.idle.recycle.order.show`. */
export interface AlibabaIdleRecycleOrderShowResult {
  /** 订单信息 */
  module?: AlibabaIdleRecycleOrderShowSerializable;
  /** errMsg */
  err_msg?: string;
  /** 成功 */
  success?: boolean;
}

/** `Serializable` of `alibaba.idle.recycle.order.show`. */
export interface AlibabaIdleRecycleOrderShowSerializable {
  /** 回收商appkey */
  app_key?: string;
  /** 订单号 */
  biz_order_id?: string;
  /** 回收订单状态 */
  order_status?: Int64;
  /** 买家id,已脱敏处理返回0 */
  buyer_id?: Int64;
  /** 买家nick */
  buyer_nick?: string;
  /** 卖家id,已脱敏处理返回0 */
  seller_id?: Int64;
  /** 卖家nick */
  seller_nick?: string;
  /** 卖家支付宝id,用于回收商支付宝打款 */
  seller_alipay_user_id?: string;
  /** 卖家支付宝账号,已脱敏 */
  seller_alipay_account?: string;
  /** 是否信用预付订单 */
  credit_pay?: boolean;
  /** 信用预付金额,单位分 */
  credit_pay_amount?: Int64;
  /** 估价金额,单位分 */
  apprize_amount?: Int64;
  /** 卖家收货地址 */
  seller_address?: string;
  /** 卖家手机号码 */
  seller_phone?: string;
  /** 取件类型 1：顺风 2：上门取件 */
  ship_type?: string;
  /** 取件时间 */
  ship_time?: string;
  /** 卖家姓名 */
  seller_real_name?: string;
  /** 是否支付宝签约 */
  zfb_dk?: boolean;
  /** 支付宝签约code */
  zfb_dk_code?: string;
  /** 估价id */
  apprize_id?: string;
  /** 城市 */
  city?: string;
  /** 省 */
  province?: string;
  /** 区 */
  area?: string;
  /** 国家 */
  country?: string;
  /** 芝麻分 */
  zm_score?: string;
  /** 未来的卡券id */
  coupon_id?: string;
  /** 加价券金额 */
  coupon_fee?: string;
  /** 卡券规则 */
  coupon_rule?: string;
  /** 回收渠道 */
  channel?: string;
  /** 1 好评,0 默认中评 */
  rate_grade?: string;
  /** 评价内容 */
  rate_content?: string;
  /** 卖家关闭订单原因 */
  close_reason?: string;
  /** 买家关闭订单原因 */
  buyer_close_reason?: string;
  /** 卖家申请退回原因 */
  refund_reason?: string;
  /** onlien:线上环境 pre：测试环境 */
  env?: string;
  /** 订单创建时间 */
  gmt_create?: string;
  /** 600以下为Z5，600-649为Z4，650-699为Z3，700-749为Z2，750及以上为Z1 */
  zm_level?: string;
  /** 1:支付宝现金 2：天猫红包 */
  idle_pay_type?: string;
  /** 渠道内的业务数据json格式 比如 ship=1 服装类的不需要发货,weight=5-15 代表服装5-15kg, userLevel=vip 代表免议价用户,sellerRealPhone 淘宝账号绑定的手机号 */
  channel_data?: string;
  /** 代扣类型： xydk:闲鱼代扣，shdk：商户代扣，原有代扣的方式。空值默认shdk */
  dk_type?: string;
  /** 回收场景 */
  scene_type?: string;
  /** spuid */
  spu_id?: string;
  /** 取件截止时间 */
  ship_time_end?: string;
  /** 是否为返现补贴订单 */
  cash_order?: boolean;
  /** 返现金额 */
  cash_fee?: string;
  /** 当前代扣状态：104代扣失败、105代扣成功、106代扣逾期 */
  dk_status?: string;
  /** 卖家地址-乡镇/街道 */
  town?: string;
  /** 估价版本 */
  quote_version?: string;
}

const REQUEST_SCHEMA = {
  biz_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      app_key: 'String',
      biz_order_id: 'String',
      order_status: 'Number',
      buyer_id: 'Number',
      buyer_nick: 'String',
      seller_id: 'Number',
      seller_nick: 'String',
      seller_alipay_user_id: 'String',
      seller_alipay_account: 'String',
      credit_pay: 'Boolean',
      credit_pay_amount: 'Number',
      apprize_amount: 'Number',
      seller_address: 'String',
      seller_phone: 'String',
      ship_type: 'String',
      ship_time: 'String',
      seller_real_name: 'String',
      zfb_dk: 'Boolean',
      zfb_dk_code: 'String',
      apprize_id: 'String',
      city: 'String',
      province: 'String',
      area: 'String',
      country: 'String',
      zm_score: 'String',
      coupon_id: 'String',
      coupon_fee: 'String',
      coupon_rule: 'String',
      channel: 'String',
      rate_grade: 'String',
      rate_content: 'String',
      close_reason: 'String',
      buyer_close_reason: 'String',
      refund_reason: 'String',
      env: 'String',
      gmt_create: 'String',
      zm_level: 'String',
      idle_pay_type: 'String',
      channel_data: 'String',
      dk_type: 'String',
      scene_type: 'String',
      spu_id: 'String',
      ship_time_end: 'String',
      cash_order: 'Boolean',
      cash_fee: 'String',
      dk_status: 'String',
      town: 'String',
      quote_version: 'String',
    },
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.recycle.order.show`: method, response root, request and response schemas. */
export const alibabaIdleRecycleOrderShowOperation = {
  method: 'alibaba.idle.recycle.order.show',
  responseRoot: 'alibaba_idle_recycle_order_show_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼回收订单查询V1.1 — calls TOP method `alibaba.idle.recycle.order.show`.
 *
 * 查询回收订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleRecycleOrderShow(
  client: TopClient,
  request: AlibabaIdleRecycleOrderShowRequest,
  options?: CallOptions,
): Promise<AlibabaIdleRecycleOrderShowResponse> {
  return client.call<AlibabaIdleRecycleOrderShowResponse>(
    {
      method: 'alibaba.idle.recycle.order.show',
      responseRoot: 'alibaba_idle_recycle_order_show_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
