// Generated from specs/idleitem/alibaba.idle.recycle.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.recycle.order.get` (闲鱼回收订单查询V2). */
export interface AlibabaIdleRecycleOrderGetRequest {
  /** 订单号 */
  biz_order_id: Int64Input;
}

/** Response of `alibaba.idle.recycle.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleRecycleOrderGetResponse {
  /** 失败时候错误信息 */
  error_msg?: string;
  /** 订单信息 */
  module?: AlibabaIdleRecycleOrderGetRecycleOrderTo;
  /** 是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RecycleOrderTo` of `alibaba.idle.recycle.order.get`. */
export interface AlibabaIdleRecycleOrderGetRecycleOrderTo {
  /** 回收商appkey */
  app_key?: string;
  /** 估价金额,单位分 */
  apprize_amount?: Int64;
  /** 估价Id */
  apprize_id?: string;
  /** 区 */
  area?: string;
  /** 交易订单号 */
  biz_order_id?: string;
  /** 回收商取消订单原因 */
  buyer_close_reason?: string;
  /** 用户取消订单原因 */
  seller_close_reason?: string;
  /** 回收商买家账号 */
  buyer_nick?: string;
  /** 渠道信息 */
  channel?: string;
  /** 渠道内的业务数据json格式 比如 ship=1 服装类的不需要发货,weight=5-15 代表服装5-15kg, userLevel=vip 代表免议价用户,sellerRealPhone 淘宝账号绑定的手机号 */
  channel_data?: string;
  /** 城市 */
  city?: string;
  /** 村 */
  country?: string;
  /** 加价券金额,单位分 */
  coupon_fee?: string;
  /** 加价券Id（预留） */
  coupon_id?: string;
  /** 加价券规则（预留） */
  coupon_rule?: string;
  /** true：是信用预付订单，false：普通订单 */
  credit_pay?: boolean;
  /** 信用预付金额,单位分 */
  credit_pay_amount?: Int64;
  /** onlien:线上环境 pre：测试环境 */
  env?: string;
  /** 订单创建时间 */
  gmt_create?: string;
  /** 1:现金支付 */
  idle_pay_type?: string;
  /** 回收订单状态：1:订单创建 2:已上门取件 3:已质检 4:卖家确认交易完成 6:卖家订单已评价 7:回收商订单已评价 100:卖家申请退回 101:货物已退回 102:卖家关闭订单 */
  order_status?: Int64;
  /** 省 */
  province?: string;
  /** 卖家评价内容 */
  rate_content?: string;
  /** 卖家评价等级 */
  rate_grade?: string;
  /** 卖家申请退回原因 */
  refund_reason?: string;
  /** 卖家收货地址 */
  seller_address?: string;
  /** 卖家淘宝nick */
  seller_nick?: string;
  /** 卖家联系号码 */
  seller_phone?: string;
  /** 卖家真实姓名 */
  seller_real_name?: string;
  /** 上门取件时间 */
  ship_time?: string;
  /** 取件类型 */
  ship_type?: string;
  /** 子渠道 */
  sub_channel?: string;
  /** 支付状态 1：未付款 2：已付款 */
  pay_status?: string;
  /** 下单后付款时间 */
  pay_time?: string;
  /** 订单完结时间 */
  end_time?: string;
  /** 追缴单流水Id */
  recovery_pay_id?: string;
  /** 追缴成功时间 */
  recovery_pay_time?: string;
  /** 少补单流水Id */
  makeup_pay_id?: string;
  /** 少补成功时间 */
  makeup_pay_time?: string;
  /** 主订单支付流水Id */
  main_pay_id?: string;
  /** 质检金额,单位分 */
  qa_amount?: Int64;
  /** 估价版本，第几次估价 */
  quote_version?: string;
}

const REQUEST_SCHEMA = {
  biz_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_msg: 'String',
  module: {
    app_key: 'String',
    apprize_amount: 'Number',
    apprize_id: 'String',
    area: 'String',
    biz_order_id: 'String',
    buyer_close_reason: 'String',
    seller_close_reason: 'String',
    buyer_nick: 'String',
    channel: 'String',
    channel_data: 'String',
    city: 'String',
    country: 'String',
    coupon_fee: 'String',
    coupon_id: 'String',
    coupon_rule: 'String',
    credit_pay: 'Boolean',
    credit_pay_amount: 'Number',
    env: 'String',
    gmt_create: 'String',
    idle_pay_type: 'String',
    order_status: 'Number',
    province: 'String',
    rate_content: 'String',
    rate_grade: 'String',
    refund_reason: 'String',
    seller_address: 'String',
    seller_nick: 'String',
    seller_phone: 'String',
    seller_real_name: 'String',
    ship_time: 'String',
    ship_type: 'String',
    sub_channel: 'String',
    pay_status: 'String',
    pay_time: 'String',
    end_time: 'String',
    recovery_pay_id: 'String',
    recovery_pay_time: 'String',
    makeup_pay_id: 'String',
    makeup_pay_time: 'String',
    main_pay_id: 'String',
    qa_amount: 'Number',
    quote_version: 'String',
  },
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.recycle.order.get`: method, response root, request and response schemas. */
export const alibabaIdleRecycleOrderGetOperation = {
  method: 'alibaba.idle.recycle.order.get',
  responseRoot: 'alibaba_idle_recycle_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼回收订单查询V2 — calls TOP method `alibaba.idle.recycle.order.get`.
 *
 * 闲鱼回收业务中,外部回收商作为交易上买家,闲鱼用户下单后,需要回收商主动拉取交易订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleRecycleOrderGet(
  client: TopClient,
  request: AlibabaIdleRecycleOrderGetRequest,
  options?: CallOptions,
): Promise<AlibabaIdleRecycleOrderGetResponse> {
  return client.call<AlibabaIdleRecycleOrderGetResponse>(
    {
      method: 'alibaba.idle.recycle.order.get',
      responseRoot: 'alibaba_idle_recycle_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
