// Generated from specs/openmall/taobao.openmall.trade.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openmall.trade.create` (创建订单). */
export interface TaobaoOpenmallTradeCreateRequest {
  /** 请求入参 */
  param_top_trade_create_d_o: TaobaoOpenmallTradeCreateTopTradeCreateDoInput;
}

/** Response of `taobao.openmall.trade.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenmallTradeCreateResponse {
  /** 返回结果 */
  result?: TaobaoOpenmallTradeCreateTopTradeResultVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopTradeCreateDo` of `taobao.openmall.trade.create`. */
export interface TaobaoOpenmallTradeCreateTopTradeCreateDoInput {
  /** 收货地址的收件人地址 */
  address: string;
  /** 买家来源渠道，可选值 WeiXin（微信渠道），DouYin（抖音）， KuaiShou （快手），Other（其他） */
  buyer_channel: string;
  /** 买家来源渠道对应ID，例如微信的openId */
  buyer_channel_id: string;
  /** 买家留言 */
  buyer_memo?: string;
  /** 买家手机号 */
  buyer_phone: string;
  /** 媒体渠道，代表分销者的身份，签约支付宝代扣的渠道商淘宝账号nick */
  distributor: string;
  /** 收货地址的区域码，从taobao.areas.get接口获取区域码，文档地址：https://open.taobao.com/api.htm?spm=a219a.7386653.0.0.77e7669aoxOfiV&source=search&docId=59&docType=2 */
  divisioncode: string;
  /** 计划采购金额（单位元），如最终订单成交价与期望金额不同则直接关单采购失败，计算方式：运费+商品成本价 */
  expect_order_fee: string;
  /** 收货地址的手机号码 */
  mobile: string;
  /** 收货地址的收件人姓名 */
  name: string;
  /** 商品的id */
  num_iid: Int64Input;
  /** 商品数量 */
  nums: Int64Input;
  /** 订单的外部订单号，用来防止重复提交。需要以TOP： appkey_（如：100000_） 开头，最长32位 */
  out_id: string;
  /** 外部订单交易金额（单位元），即消费者在渠道的实付金额 */
  outer_order_fee: string;
  /** 收货地址的电话号码 */
  phone?: string;
  /** 收货地址的邮编，为空或者6位数字的邮编 */
  postcode?: string;
  /** 创建交易时的物流方式。 具体的值从 taobao.openmall.trade.render 接口获取，邮费0说明为包邮 */
  shipping_type: string;
  /** 商品对应的SKUID，无SKU商品传0 */
  sku_iids: Int64Input;
  /** 创建订单传入true的时候，订单支付后会进入半小时的hold单（订单状态为：PAID_FORBID_CONSIGN），此时订单不会发货，用户可以调用Openmall地址修改接口修改订单收货地址，半小时结束后订单自动结束hold单进入发货流程订单状态为（WAIT_SELLER_SEND_GOODS） */
  need_erp_hold?: boolean;
}

/** `TopTradeResultVo` of `taobao.openmall.trade.create`. */
export interface TaobaoOpenmallTradeCreateTopTradeResultVo {
  /** 淘宝交易单号 */
  tid?: string;
}

const REQUEST_SCHEMA = {
  param_top_trade_create_d_o: {
    address: 'String',
    buyer_channel: 'String',
    buyer_channel_id: 'String',
    buyer_memo: 'String',
    buyer_phone: 'String',
    distributor: 'String',
    divisioncode: 'String',
    expect_order_fee: 'String',
    mobile: 'String',
    name: 'String',
    num_iid: 'Number',
    nums: 'Number',
    out_id: 'String',
    outer_order_fee: 'String',
    phone: 'String',
    postcode: 'String',
    shipping_type: 'String',
    sku_iids: 'Number',
    need_erp_hold: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    tid: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.openmall.trade.create`: method, response root, request and response schemas. */
export const taobaoOpenmallTradeCreateOperation = {
  method: 'taobao.openmall.trade.create',
  responseRoot: 'openmall_trade_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建订单 — calls TOP method `taobao.openmall.trade.create`.
 *
 * 创建Openmall订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenmallTradeCreate(
  client: TopClient,
  request: TaobaoOpenmallTradeCreateRequest,
  options?: CallOptions,
): Promise<TaobaoOpenmallTradeCreateResponse> {
  return client.call<TaobaoOpenmallTradeCreateResponse>(
    {
      method: 'taobao.openmall.trade.create',
      responseRoot: 'openmall_trade_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
