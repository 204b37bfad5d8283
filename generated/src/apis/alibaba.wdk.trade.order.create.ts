// Generated from specs/trade/alibaba.wdk.trade.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.trade.order.create` (外部交易订单创单接口). */
export interface AlibabaWdkTradeOrderCreateRequest {
  /** 待创建的订单 */
  trade?: AlibabaWdkTradeOrderCreateTradeOrderInput;
}

/** Response of `alibaba.wdk.trade.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkTradeOrderCreateResponse {
  /** 执行结果 */
  result?: AlibabaWdkTradeOrderCreateOrderResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TradeOrder` of `alibaba.wdk.trade.order.create`. */
export interface AlibabaWdkTradeOrderCreateTradeOrderInput {
  /** 优惠金额 */
  discount_fee?: Int64Input;
  /** 用户昵称 */
  user_nick?: string;
  /** 支付时间 */
  pay_time: DateInput;
  /** 订单原金额 */
  origin_fee: Int64Input;
  /** 用户备注 */
  user_mem?: string;
  /** 支付金额(=整单原价-整单优惠金额+运费) */
  pay_fee: Int64Input;
  /** 门店标识 */
  shop_id: string;
  /** 买家标识 */
  user_id: string;
  /** 收货人信息 */
  delivery?: AlibabaWdkTradeOrderCreateOrderDeliveryInput;
  /** 子订单 */
  sub_orders: AlibabaWdkTradeOrderCreateSubordersInput[];
  /** 外部关联标识 */
  out_order_id: string;
  /** 渠道业务, 如大润发优鲜=CHANNEL_HALFDAY */
  biz_type?: string;
}

/** `OrderDelivery` of `alibaba.wdk.trade.order.create`. */
export interface AlibabaWdkTradeOrderCreateOrderDeliveryInput {
  /** 配送开始时间 */
  delivery_start_time?: DateInput;
  /** 收货人姓名 */
  consignee_name: string;
  /** 配送结束时间 */
  delivery_end_time?: DateInput;
  /** 配送坐标 */
  delivery_geo: string;
  /** 配送金额 */
  delivery_fee?: Int64Input;
  /** 配送地址 */
  delivery_address: string;
  /** 收货人电话 */
  consignee_phone: string;
  /** 是否隐私号 0：非隐私号 1：隐私号 */
  privacy_phone_flag?: Int64Input;
}

/** `Suborders` of `alibaba.wdk.trade.order.create`. */
export interface AlibabaWdkTradeOrderCreateSubordersInput {
  /** 销售数量 */
  sale_quantity: Int64Input;
  /** sku名称 */
  sku_name: string;
  /** 销售单价 */
  sale_price: Int64Input;
  /** sku编码 */
  sku_code: string;
  /** 外部关联标识 */
  out_order_id: string;
  /** 当前商品支付原总价 */
  origin_fee: Int64Input;
  /** 销售单位（非标品使用） */
  sale_unit?: string;
  /** 是否加工 */
  handling?: boolean;
  /** 加工方式 */
  handling_type?: string;
  /** 销售实物库存数量 */
  sale_stock_quantity: string;
  /** 实物库存单位 */
  stock_unit: string;
  /** 子商品优惠金额(可以为0) */
  discount_fee?: Int64Input;
  /** 子商品实际支付金额(=商品原总-优惠金额价) */
  pay_fee?: Int64Input;
}

/** `OrderResult` of `alibaba.wdk.trade.order.create`. */
export interface AlibabaWdkTradeOrderCreateOrderResult {
  /** 创建的订单 */
  trade?: AlibabaWdkTradeOrderCreateTradeOrder;
  /** 是否创建成功 */
  success?: string;
  /** 错误编码 */
  error_msg?: string;
  /** 错误消息 */
  error_code?: string;
}

/** `TradeOrder` of `alibaba.wdk.trade.order.create`. */
export interface AlibabaWdkTradeOrderCreateTradeOrder {
  /** 优惠金额 */
  discount_fee?: Int64;
  /** 用户昵称 */
  user_nick?: string;
  /** 订单状态 */
  order_status?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 订单原金额 */
  origin_fee?: Int64;
  /** 用户备注 */
  user_mem?: string;
  /** 订单履约状态 */
  order_fulfill_status?: string;
  /** 配送员信息 */
  deliverer?: AlibabaWdkTradeOrderCreateOrderDelivery;
  /** 支付时间 */
  pay_fee?: Int64;
  /** 门店标识 */
  shop_id?: string;
  /** 买家标识 */
  user_id?: string;
  /** 业务订单标识 */
  biz_order_id?: string;
  /** 收货人信息 */
  delivery?: AlibabaWdkTradeOrderCreateOrderDeliverer;
  /** 商家编码 */
  merchant_code?: string;
  /** 子订单 */
  sub_orders?: AlibabaWdkTradeOrderCreateSuborders[];
  /** 外部订单标识 */
  out_order_id?: string;
}

/** `OrderDelivery` of `alibaba.wdk.trade.order.create`. */
export interface AlibabaWdkTradeOrderCreateOrderDelivery {
  /** 配送员编码 */
  deliverer_code?: string;
  /** 配送员电话 */
  deliverer_phone?: string;
  /** 配送员姓名 */
  deliverer_name?: string;
}

/** `OrderDeliverer` of `alibaba.wdk.trade.order.create`. */
export interface AlibabaWdkTradeOrderCreateOrderDeliverer {
  /** 收货开始时间 */
  delivery_start_time?: string;
  /** 收货人 */
  consignee_name?: string;
  /** 收货结束时间 */
  delivery_end_time?: string;
  /** 配送坐标 */
  delivery_geo?: string;
  /** 运费 */
  delivery_fee?: Int64;
  /** 配送地址 */
  delivery_address?: string;
  /** 收货人电话 */
  consignee_phone?: string;
  /** 是否隐私号 0：非隐私号 1：隐私号 */
  privacy_phone_flag?: Int64;
}

/** `Suborders` of `alibaba.wdk.trade.order.create`. */
export interface AlibabaWdkTradeOrderCreateSuborders {
  /** 订单履约状态 */
  order_fulfill_status?: string;
  /** 销售数量 */
  sale_quantity?: Int64;
  /** sku名称 */
  sku_name?: string;
  /** 销售单价 */
  sale_price?: Int64;
  /** 业务订单标识 */
  biz_order_id?: string;
  /** 订单状态 */
  order_status?: string;
  /** 商家编码 */
  merchant_code?: string;
  /** sku编码 */
  sku_code?: string;
  /** 外部订单标识 */
  out_order_id?: string;
  /** 当前商品支付原总价 */
  origin_fee?: Int64;
  /** 销售单位 */
  sale_unit?: string;
  /** 门店编码 */
  shop_id?: string;
  /** 是否加工 */
  handling?: boolean;
  /** 加工方式 */
  handling_type?: string;
  /** 销售实物库存数量 */
  sale_stock_quantity?: string;
  /** 实物库存单位 */
  stock_unit?: string;
  /** 子商品优惠金额 */
  discount_fee?: Int64;
  /** 子商品实际支付金额 */
  pay_fee?: Int64;
}

const REQUEST_SCHEMA = {
  trade: {
    discount_fee: 'Number',
    user_nick: 'String',
    pay_time: 'Date',
    origin_fee: 'Number',
    user_mem: 'String',
    pay_fee: 'Number',
    shop_id: 'String',
    user_id: 'String',
    delivery: {
      delivery_start_time: 'Date',
      consignee_name: 'String',
      delivery_end_time: 'Date',
      delivery_geo: 'String',
      delivery_fee: 'Number',
      delivery_address: 'String',
      consignee_phone: 'String',
      privacy_phone_flag: 'Number',
    },
    sub_orders: [
      {
        sale_quantity: 'Number',
        sku_name: 'String',
        sale_price: 'Number',
        sku_code: 'String',
        out_order_id: 'String',
        origin_fee: 'Number',
        sale_unit: 'String',
        handling: 'Boolean',
        handling_type: 'String',
        sale_stock_quantity: 'String',
        stock_unit: 'String',
        discount_fee: 'Number',
        pay_fee: 'Number',
      },
    ],
    out_order_id: 'String',
    biz_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trade: {
      discount_fee: 'Number',
      user_nick: 'String',
      order_status: 'String',
      pay_time: 'Date',
      origin_fee: 'Number',
      user_mem: 'String',
      order_fulfill_status: 'String',
      deliverer: {
        deliverer_code: 'String',
        deliverer_phone: 'String',
        deliverer_name: 'String',
      },
      pay_fee: 'Number',
      shop_id: 'String',
      user_id: 'String',
      biz_order_id: 'String',
      delivery: {
        delivery_start_time: 'Date',
        consignee_name: 'String',
        delivery_end_time: 'Date',
        delivery_geo: 'String',
        delivery_fee: 'Number',
        delivery_address: 'String',
        consignee_phone: 'String',
        privacy_phone_flag: 'Number',
      },
      merchant_code: 'String',
      sub_orders: [
        {
          order_fulfill_status: 'String',
          sale_quantity: 'Number',
          sku_name: 'String',
          sale_price: 'Number',
          biz_order_id: 'String',
          order_status: 'String',
          merchant_code: 'String',
          sku_code: 'String',
          out_order_id: 'String',
          origin_fee: 'Number',
          sale_unit: 'String',
          shop_id: 'String',
          handling: 'Boolean',
          handling_type: 'String',
          sale_stock_quantity: 'String',
          stock_unit: 'String',
          discount_fee: 'Number',
          pay_fee: 'Number',
        },
      ],
      out_order_id: 'String',
    },
    success: 'String',
    error_msg: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.trade.order.create`: method, response root, request and response schemas. */
export const alibabaWdkTradeOrderCreateOperation = {
  method: 'alibaba.wdk.trade.order.create',
  responseRoot: 'alibaba_wdk_trade_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外部交易订单创单接口 — calls TOP method `alibaba.wdk.trade.order.create`.
 *
 * 通过该接口可以再盒马创建交易订单，并处理相关业务流程。主要用于和外部商户的订单进行同步和融合业务流程处理
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkTradeOrderCreate(
  client: TopClient,
  request: AlibabaWdkTradeOrderCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkTradeOrderCreateResponse> {
  return client.call<AlibabaWdkTradeOrderCreateResponse>(
    {
      method: 'alibaba.wdk.trade.order.create',
      responseRoot: 'alibaba_wdk_trade_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
