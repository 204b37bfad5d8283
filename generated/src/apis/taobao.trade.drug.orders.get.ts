// Generated from specs/alihealth2/taobao.trade.drug.orders.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.trade.drug.orders.get` (阿里健康获取某一药店全部订单). */
export interface TaobaoTradeDrugOrdersGetRequest {
  /** 外卖分店ID */
  shop_id: Int64Input;
  /** 关键字 */
  keyword?: string;
  /** true-查询仅按商家维度 false-查询按商家下所属店铺维度 */
  is_all_shop: boolean;
  /** true 仅有支付宝订单,false 包括所有类型订单(货到付款,支付券等) */
  is_all_order: boolean;
  /** （必填字段）订单状态 待确认订单2 , 退款中订单4 , 已发货12 关闭20 交易成功21 */
  order_status?: Int64Input;
  /** 返回记录数，超过20按20条返回数据 */
  page_size: Int64Input;
  /**
   * 页码
   *
   * Max length: 200
   */
  page_no?: Int64Input;
}

/** Response of `taobao.trade.drug.orders.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTradeDrugOrdersGetResponse {
  /** 查询到的订单列表对象 */
  result?: TaobaoTradeDrugOrdersGetResult2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.trade.drug.orders.get`. */
export interface TaobaoTradeDrugOrdersGetResult2 {
  /** 订单列表 */
  result_list?: TaobaoTradeDrugOrdersGetResult[];
  /** 返回记录数 */
  result_size?: Int64;
  /** 总记录数 */
  total_count?: Int64;
}

/** `Result` of `taobao.trade.drug.orders.get`. */
export interface TaobaoTradeDrugOrdersGetResult {
  /** 送达时间要求_起始 */
  start_delivery_time?: string;
  /** 用户地址对象 */
  user_address?: TaobaoTradeDrugOrdersGetUserAddress;
  /** 下单列表 */
  goods_list?: TaobaoTradeDrugOrdersGetOrderGoods[];
  /** 分店ID */
  store_id?: Int64;
  /** 买家支付宝账号 */
  pay_account?: string;
  /** 订单号 */
  id?: Int64;
  /** 送货地址 */
  address?: string;
  /** 配送费 */
  delivery_pay?: string;
  /** 送达时间要求_结束 */
  end_delivery_time?: string;
  /** 创建时间 */
  create_time?: string;
  /** 买家ID */
  user_id?: Int64;
  /** 总支付金额 */
  total_pay?: string;
  /** 店铺名称 */
  store_name?: string;
  /** 店铺联系电话 */
  store_contact_phone?: string;
  /** 用户下单时的备注信息 */
  note?: string;
  /** 用户下单方式(PC/APP) */
  from?: Int64;
  /** 支付宝流水号 */
  alipay_stream_id?: string;
}

/** `UserAddress` of `taobao.trade.drug.orders.get`. */
export interface TaobaoTradeDrugOrdersGetUserAddress {
  /** 联系电话 */
  phone?: string;
  /** 送货地址 */
  address?: string;
  /** 买家姓名 */
  name?: string;
  /** 手机号 */
  mobile?: string;
}

/** `OrderGoods` of `taobao.trade.drug.orders.get`. */
export interface TaobaoTradeDrugOrdersGetOrderGoods {
  /** 外卖商品实际购买价格 */
  real_price?: string;
  /** 商品ID */
  id?: Int64;
  /** 外卖商品购买数量 */
  count?: Int64;
  /** 外卖商品名称 */
  name?: string;
  /** 外卖商品外部ID */
  goods_code?: string;
}

const REQUEST_SCHEMA = {
  shop_id: 'Number',
  keyword: 'String',
  is_all_shop: 'Boolean',
  is_all_order: 'Boolean',
  order_status: 'Number',
  page_size: 'Number',
  page_no: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_list: [
      {
        start_delivery_time: 'String',
        user_address: {
          phone: 'String',
          address: 'String',
          name: 'String',
          mobile: 'String',
        },
        goods_list: [
          {
            real_price: 'String',
            id: 'Number',
            count: 'Number',
            name: 'String',
            goods_code: 'String',
          },
        ],
        store_id: 'Number',
        pay_account: 'String',
        id: 'Number',
        address: 'String',
        delivery_pay: 'String',
        end_delivery_time: 'String',
        create_time: 'String',
        user_id: 'Number',
        total_pay: 'String',
        store_name: 'String',
        store_contact_phone: 'String',
        note: 'String',
        from: 'Number',
        alipay_stream_id: 'String',
      },
    ],
    result_size: 'Number',
    total_count: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.trade.drug.orders.get`: method, response root, request and response schemas. */
export const taobaoTradeDrugOrdersGetOperation = {
  method: 'taobao.trade.drug.orders.get',
  responseRoot: 'trade_drug_orders_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里健康获取某一药店全部订单 — calls TOP method `taobao.trade.drug.orders.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTradeDrugOrdersGet(
  client: TopClient,
  request: TaobaoTradeDrugOrdersGetRequest,
  options?: CallOptions,
): Promise<TaobaoTradeDrugOrdersGetResponse> {
  return client.call<TaobaoTradeDrugOrdersGetResponse>(
    {
      method: 'taobao.trade.drug.orders.get',
      responseRoot: 'trade_drug_orders_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
