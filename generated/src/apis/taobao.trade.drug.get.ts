// Generated from specs/alihealth2/taobao.trade.drug.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.trade.drug.get` (查询商家未确认订单列表). */
export interface TaobaoTradeDrugGetRequest {
  /** 店铺id */
  store_id: Int64Input;
  /** true-商家下所有店铺的待确认订单, false—指定店铺的订单 */
  is_all?: boolean;
  /** 返回记录数，超过20按20条返回数据 */
  max_size: Int64Input;
}

/** Response of `taobao.trade.drug.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTradeDrugGetResponse {
  /** 查询到的订单列表对象 */
  result?: TaobaoTradeDrugGetResult2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.trade.drug.get`. */
export interface TaobaoTradeDrugGetResult2 {
  /** 订单列表 */
  result_list?: TaobaoTradeDrugGetResult[];
  /** 返回记录数 */
  result_size?: Int64;
  /** 总记录数 */
  total_count?: Int64;
}

/** `Result` of `taobao.trade.drug.get`. */
export interface TaobaoTradeDrugGetResult {
  /** 送达时间要求_起始 */
  start_delivery_time?: string;
  /** 用户地址对象 */
  user_address?: TaobaoTradeDrugGetUserAddress;
  /** 下单商品列表 */
  goods_list?: TaobaoTradeDrugGetOrderGoods[];
  /** 分店ID */
  store_id?: Int64;
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

/** `UserAddress` of `taobao.trade.drug.get`. */
export interface TaobaoTradeDrugGetUserAddress {
  /** 联系电话 */
  phone?: string;
  /** 送货地址 */
  address?: string;
  /** 买家姓名 */
  name?: string;
  /** 手机号 */
  mobile?: string;
}

/** `OrderGoods` of `taobao.trade.drug.get`. */
export interface TaobaoTradeDrugGetOrderGoods {
  /** 商品实际购买价 */
  real_price?: string;
  /** 商品ID */
  order_id?: Int64;
  /** 商品购买数量 */
  count?: Int64;
  /** 商品名称 */
  name?: string;
  /** 商品外部ID */
  goods_code?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'Number',
  is_all: 'Boolean',
  max_size: 'Number',
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
            order_id: 'Number',
            count: 'Number',
            name: 'String',
            goods_code: 'String',
          },
        ],
        store_id: 'Number',
        id: 'Number',
        address: 'String',
        delivery_pay: 'String',
        end_delivery_time: 'String',
        create_time: 'String',
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

/** Static description of `taobao.trade.drug.get`: method, response root, request and response schemas. */
export const taobaoTradeDrugGetOperation = {
  method: 'taobao.trade.drug.get',
  responseRoot: 'trade_drug_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商家未确认订单列表 — calls TOP method `taobao.trade.drug.get`.
 *
 * 可以按商家或是店铺维度的进行查询买家付款卖家未确认订单，一次返回不大于20条订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTradeDrugGet(
  client: TopClient,
  request: TaobaoTradeDrugGetRequest,
  options?: CallOptions,
): Promise<TaobaoTradeDrugGetResponse> {
  return client.call<TaobaoTradeDrugGetResponse>(
    {
      method: 'taobao.trade.drug.get',
      responseRoot: 'trade_drug_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
