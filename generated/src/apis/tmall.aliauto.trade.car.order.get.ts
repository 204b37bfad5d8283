// Generated from specs/tmallcar/tmall.aliauto.trade.car.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.aliauto.trade.car.order.get` (整车订单详情查询). */
export interface TmallAliautoTradeCarOrderGetRequest {
  /** 入参 */
  query?: TmallAliautoTradeCarOrderGetSingleOrderDetailQueryInput;
}

/** Response of `tmall.aliauto.trade.car.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAliautoTradeCarOrderGetResponse {
  /** 出参 */
  result?: TmallAliautoTradeCarOrderGetAliAutoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SingleOrderDetailQuery` of `tmall.aliauto.trade.car.order.get`. */
export interface TmallAliautoTradeCarOrderGetSingleOrderDetailQueryInput {
  /** 买家昵称 */
  buyer_nick?: string;
  /** 订单id */
  order_id: Int64Input;
}

/** `AliAutoResult` of `tmall.aliauto.trade.car.order.get`. */
export interface TmallAliautoTradeCarOrderGetAliAutoResult {
  /** 订单详情对象 */
  data?: TmallAliautoTradeCarOrderGetCarOrderDetailDto;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  msg_info?: string;
  /** 错误编码 */
  msg_code?: string;
}

/** `CarOrderDetailDto` of `tmall.aliauto.trade.car.order.get`. */
export interface TmallAliautoTradeCarOrderGetCarOrderDetailDto {
  /** 商家昵称 */
  seller_nick?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 订单id */
  order_id?: Int64;
  /** 实付金额，单位分 */
  actual_paid_fee?: Int64;
  /** 退款状态：1买家申请退款，等待卖家同意；2卖家已同意退款，等待买家退货；3买家已退货，等待卖家确认收货；4退款关闭；5退款成功；6卖家拒绝退款；9没有申请退款 */
  refund_status?: Int64;
  /** 子订单列表 */
  sub_orders?: TmallAliautoTradeCarOrderGetCarSubOrderDetailDto[];
  /** 支付状态：1未付款；2已付款；4已退款(交易关闭)；6交易成功；8未支付订单关闭 */
  pay_status?: Int64;
  /** 支付单 */
  pay_order?: TmallAliautoTradeCarOrderGetCarPayOrderDto;
  /** 用户填写购车人信息 */
  buyer_name_collect?: string;
  /** 用户填写购车身份证信息 */
  buyer_identity_collect?: string;
  /** 用户填写手机号 */
  buyer_mobile?: string;
  /** 交付服务地址 */
  car_delivery?: string;
  /** 订单sku信息 */
  sku?: TmallAliautoTradeCarOrderGetTradeItemSkuDTO;
  /** 订单商品信息（子订单有效） */
  item?: TmallAliautoTradeCarOrderGetTradeItemDTO;
}

/** `CarSubOrderDetailDto` of `tmall.aliauto.trade.car.order.get`. */
export interface TmallAliautoTradeCarOrderGetCarSubOrderDetailDto {
  /** 商家昵称 */
  seller_nick?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 订单id */
  order_id?: Int64;
  /** 实付金额，单位分 */
  actual_paid_fee?: Int64;
  /** 退款状态：1买家申请退款，等待卖家同意；2卖家已同意退款，等待买家退货；3买家已退货，等待卖家确认收货；4退款关闭；5退款成功；6卖家拒绝退款；9没有申请退款 */
  refund_status?: Int64;
  /** 预约门店id */
  et_shop_id?: string;
  /** 支付状态：1未付款；2已付款；4已退款(交易关闭)；6交易成功；8未支付订单关闭 */
  pay_status?: Int64;
  /** 商家自定义参数 */
  seller_definition_field?: string;
  /** 预约门店名称 */
  et_shop_name?: string;
  /** 核销门店名称 */
  consume_shop_name?: string;
  /** 核销门店id */
  consume_shop_id?: string;
  /** 核销时间 */
  consume_time?: string;
  /** 选装选配json */
  option_list?: string;
}

/** `CarPayOrderDto` of `tmall.aliauto.trade.car.order.get`. */
export interface TmallAliautoTradeCarOrderGetCarPayOrderDto {
  /** 支付单id */
  pay_order_id?: Int64;
  /** 支付总金额，单位分 */
  total_fee?: Int64;
  /** 子支付单列表 */
  sub_pay_orders?: TmallAliautoTradeCarOrderGetCarSubPayOrderDto[];
  /** 买家实际支付给卖家的金额，单位分 */
  actual_total_fee?: Int64;
  /** 支付状态 */
  pay_status?: Int64;
}

/** `CarSubPayOrderDto` of `tmall.aliauto.trade.car.order.get`. */
export interface TmallAliautoTradeCarOrderGetCarSubPayOrderDto {
  /** 阶段号 */
  step_no?: Int64;
  /** 需要付款的金额，单位分 */
  pay_fee?: Int64;
  /** 阶段名称 */
  step_name?: string;
  /** 实际付款金额，单位分 */
  actual_pay_fee?: Int64;
  /** 支付状态 */
  pay_status?: Int64;
  /** 子支付单id */
  sub_pay_order_id?: Int64;
}

/** `TradeItemSkuDTO` of `tmall.aliauto.trade.car.order.get`. */
export interface TmallAliautoTradeCarOrderGetTradeItemSkuDTO {
  /** skuId */
  sku_id?: Int64;
  /** 商家外部编码 */
  outer_id?: string;
  /** sku名称等信息 */
  sku_info?: string;
}

/** `TradeItemDTO` of `tmall.aliauto.trade.car.order.get`. */
export interface TmallAliautoTradeCarOrderGetTradeItemDTO {
  /** 商品id */
  item_id?: Int64;
  /** 商品标题 */
  item_title?: string;
  /** 商品主图片URL */
  item_pict_url?: string;
}

const REQUEST_SCHEMA = {
  query: {
    buyer_nick: 'String',
    order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      seller_nick: 'String',
      buyer_nick: 'String',
      order_id: 'Number',
      actual_paid_fee: 'Number',
      refund_status: 'Number',
      sub_orders: [
        {
          seller_nick: 'String',
          buyer_nick: 'String',
          order_id: 'Number',
          actual_paid_fee: 'Number',
          refund_status: 'Number',
          et_shop_id: 'String',
          pay_status: 'Number',
          seller_definition_field: 'String',
          et_shop_name: 'String',
          consume_shop_name: 'String',
          consume_shop_id: 'String',
          consume_time: 'Date',
          option_list: 'String',
        },
      ],
      pay_status: 'Number',
      pay_order: {
        pay_order_id: 'Number',
        total_fee: 'Number',
        sub_pay_orders: [
          {
            step_no: 'Number',
            pay_fee: 'Number',
            step_name: 'String',
            actual_pay_fee: 'Number',
            pay_status: 'Number',
            sub_pay_order_id: 'Number',
          },
        ],
        actual_total_fee: 'Number',
        pay_status: 'Number',
      },
      buyer_name_collect: 'String',
      buyer_identity_collect: 'String',
      buyer_mobile: 'String',
      car_delivery: 'String',
      sku: {
        sku_id: 'Number',
        outer_id: 'String',
        sku_info: 'String',
      },
      item: {
        item_id: 'Number',
        item_title: 'String',
        item_pict_url: 'String',
      },
    },
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.aliauto.trade.car.order.get`: method, response root, request and response schemas. */
export const tmallAliautoTradeCarOrderGetOperation = {
  method: 'tmall.aliauto.trade.car.order.get',
  responseRoot: 'tmall_aliauto_trade_car_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 整车订单详情查询 — calls TOP method `tmall.aliauto.trade.car.order.get`.
 *
 * 整车订单详情查询接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAliautoTradeCarOrderGet(
  client: TopClient,
  request: TmallAliautoTradeCarOrderGetRequest = {},
  options?: CallOptions,
): Promise<TmallAliautoTradeCarOrderGetResponse> {
  return client.call<TmallAliautoTradeCarOrderGetResponse>(
    {
      method: 'tmall.aliauto.trade.car.order.get',
      responseRoot: 'tmall_aliauto_trade_car_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
