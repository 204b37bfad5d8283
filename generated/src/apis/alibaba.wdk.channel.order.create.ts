// Generated from specs/wdk/alibaba.wdk.channel.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.channel.order.create` (创建订单). */
export interface AlibabaWdkChannelOrderCreateRequest {
  /** 订单信息 */
  order_info: AlibabaWdkChannelOrderCreateOrderInfoInput;
}

/** Response of `alibaba.wdk.channel.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkChannelOrderCreateResponse {
  /** 返回结果 */
  api_result?: AlibabaWdkChannelOrderCreateApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderInfo` of `alibaba.wdk.channel.order.create`. */
export interface AlibabaWdkChannelOrderCreateOrderInfoInput {
  /** 买家信息 */
  buyer: AlibabaWdkChannelOrderCreateBuyerInput;
  /** 收件人信息 */
  consignee: AlibabaWdkChannelOrderCreateConsigneeInput;
  /** 子订单信息 */
  sub_orders: AlibabaWdkChannelOrderCreateSubOrderInput[];
  /** 实际支付金额 */
  pay_fee: Int64Input;
  /** 原始金额 */
  origin_fee: Int64Input;
  /** 优惠金额 */
  discount_fee: Int64Input;
  /** 运费 */
  post_fee: Int64Input;
  /** 外部订单号 */
  out_order_id: string;
  /** 渠道店Id */
  shop_id: string;
  /** 经营店Id */
  store_id: string;
  /** 订单状态 (创建订单： CREATED 已支付订单： PAID_DONE) */
  order_status: string;
  /** 支付时间 */
  pay_time?: DateInput;
  /** 创单时间 */
  create_time: DateInput;
}

/** `Buyer` of `alibaba.wdk.channel.order.create`. */
export interface AlibabaWdkChannelOrderCreateBuyerInput {
  /** 买家标识 */
  user_id: string;
  /** 买家用户名 */
  user_name: string;
  /** 买家昵称 */
  user_nick: string;
  /** 买家电话 */
  phone: string;
}

/** `Consignee` of `alibaba.wdk.channel.order.create`. */
export interface AlibabaWdkChannelOrderCreateConsigneeInput {
  /** 收件人名称 */
  name: string;
  /** 收件人电话 */
  phone: string;
  /** 配送地址 */
  address: string;
  /** 配送坐标 */
  geo: string;
  /** 配送开始时间 */
  start_time: DateInput;
  /** 配送结束时间 */
  end_time: DateInput;
  /** 0:高德坐标系，1:其他坐标系（需要坐标修正） */
  type?: Int64Input;
  /** 城市名称，仅在type不为0的情况下传入 */
  city?: string;
}

/** `SubOrder` of `alibaba.wdk.channel.order.create`. */
export interface AlibabaWdkChannelOrderCreateSubOrderInput {
  /** 外部子单号 */
  sub_out_order_id: string;
  /** 商品编码 */
  sku_code: string;
  /** 销售商品数量 */
  sale_quantity: Int64Input;
  /** 销售单价 */
  sale_price: Int64Input;
  /** 实际支付金额 */
  pay_fee: Int64Input;
  /** 原始金额 */
  origin_fee: Int64Input;
  /** 优惠金额 */
  discount_fee: Int64Input;
  /** 营销优惠明细 */
  discount_infos?: AlibabaWdkChannelOrderCreateDiscountInfoInput[];
  /** 加工方式说明, 非加工品不需要填写 */
  handling_type?: string;
}

/** `DiscountInfo` of `alibaba.wdk.channel.order.create`. */
export interface AlibabaWdkChannelOrderCreateDiscountInfoInput {
  /** 营销活动ID */
  activity_id?: string;
  /** 营销活动类型 */
  activity_type?: string;
  /** 优惠金额 */
  dicount_fee?: Int64Input;
}

/** `ApiResult` of `alibaba.wdk.channel.order.create`. */
export interface AlibabaWdkChannelOrderCreateApiResult {
  /** 错误编码 */
  err_code?: string;
  /** 返回内容 */
  model?: AlibabaWdkChannelOrderCreateOrderOperateResult;
  /** 错误信息 */
  err_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `OrderOperateResult` of `alibaba.wdk.channel.order.create`. */
export interface AlibabaWdkChannelOrderCreateOrderOperateResult {
  /** 盒马主单号 */
  biz_order_id?: string;
  /** 外部主单号 */
  out_order_id?: string;
  /** 子单列表信息 */
  sub_order_results?: AlibabaWdkChannelOrderCreateSubOrder[];
}

/** `SubOrder` of `alibaba.wdk.channel.order.create`. */
export interface AlibabaWdkChannelOrderCreateSubOrder {
  /** 盒马子单号 */
  sub_biz_order_id?: string;
  /** 外部子单号 */
  sub_out_order_id?: string;
}

const REQUEST_SCHEMA = {
  order_info: {
    buyer: {
      user_id: 'String',
      user_name: 'String',
      user_nick: 'String',
      phone: 'String',
    },
    consignee: {
      name: 'String',
      phone: 'String',
      address: 'String',
      geo: 'String',
      start_time: 'Date',
      end_time: 'Date',
      type: 'Number',
      city: 'String',
    },
    sub_orders: [
      {
        sub_out_order_id: 'String',
        sku_code: 'String',
        sale_quantity: 'Number',
        sale_price: 'Number',
        pay_fee: 'Number',
        origin_fee: 'Number',
        discount_fee: 'Number',
        discount_infos: [
          {
            activity_id: 'String',
            activity_type: 'String',
            dicount_fee: 'Number',
          },
        ],
        handling_type: 'String',
      },
    ],
    pay_fee: 'Number',
    origin_fee: 'Number',
    discount_fee: 'Number',
    post_fee: 'Number',
    out_order_id: 'String',
    shop_id: 'String',
    store_id: 'String',
    order_status: 'String',
    pay_time: 'Date',
    create_time: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    err_code: 'String',
    model: {
      biz_order_id: 'String',
      out_order_id: 'String',
      sub_order_results: [
        {
          sub_biz_order_id: 'String',
          sub_out_order_id: 'String',
        },
      ],
    },
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.channel.order.create`: method, response root, request and response schemas. */
export const alibabaWdkChannelOrderCreateOperation = {
  method: 'alibaba.wdk.channel.order.create',
  responseRoot: 'alibaba_wdk_channel_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建订单 — calls TOP method `alibaba.wdk.channel.order.create`.
 *
 * 外部商家创建订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkChannelOrderCreate(
  client: TopClient,
  request: AlibabaWdkChannelOrderCreateRequest,
  options?: CallOptions,
): Promise<AlibabaWdkChannelOrderCreateResponse> {
  return client.call<AlibabaWdkChannelOrderCreateResponse>(
    {
      method: 'alibaba.wdk.channel.order.create',
      responseRoot: 'alibaba_wdk_channel_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
