// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.order.list.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.order.list.query` (星河-订单列表查询). */
export interface AlitripMerchantGalaxyOrderListQueryRequest {
  /** 租户标识 */
  tenant_key: string;
  /** 用户token */
  token: string;
  /** 订单状态 */
  order_status?: string;
  /** 入住时间 */
  start_time?: string;
  /** 入住时间 */
  end_time?: string;
  /** 页数 */
  page?: Int64Input;
  /** 每页行数 */
  row?: Int64Input;
}

/** Response of `alitrip.merchant.galaxy.order.list.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyOrderListQueryResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyOrderListQueryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.order.list.query`. */
export interface AlitripMerchantGalaxyOrderListQueryResponse2 {
  /** 成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 查询结果 */
  order_dtos?: AlitripMerchantGalaxyOrderListQueryOrderDto[];
  /** 错误信息 */
  error_msg?: string;
  /** 每页的数量 */
  page_size?: Int64;
  /** 当前页的数量 */
  size?: Int64;
  /** 当前页 */
  page_no?: Int64;
  /** 是否有下一页 */
  has_next_page?: boolean;
  /** 总页数 */
  total_page_num?: Int64;
  /** 结果总数 */
  total_count?: Int64;
}

/** `OrderDto` of `alitrip.merchant.galaxy.order.list.query`. */
export interface AlitripMerchantGalaxyOrderListQueryOrderDto {
  /** 床型名称 */
  bed_name?: string;
  /** 币种 */
  currency?: string;
  /** 支付剩余时间 */
  pay_remain_time?: Int64;
  /** 订单状态 */
  order_status?: string;
  /** 用户支付总价 */
  total_amount?: string;
  /** 预订日期 */
  book_date?: string;
  /** 入住人姓名 */
  contact_name?: string;
  /** 离店时间 */
  check_out_date?: string;
  /** 入住时间 */
  check_in_date?: string;
  /** 房间数量 */
  room_number?: Int64;
  /** 房型名称 */
  room_name?: string;
  /** 酒店名称 */
  hotel_name?: string;
  /** 订单号 */
  order_code?: string;
  /** 房型照片 */
  room_photo_url?: string;
  /** 酒店房型id */
  shid?: Int64;
  /** 酒店外部id */
  hotel_id?: string;
  /** 成人数量 */
  adult_number?: Int64;
  /** 儿童数量 */
  children_number?: Int64;
  /** 下单类型 */
  place_order_type?: string;
  /** 通用券id */
  universal_coupon_id?: string;
  /** 差价 */
  spread?: string;
  /** 代金券名称 */
  voucher_name?: string;
  /** 外币信息 */
  foreign_currency?: AlitripMerchantGalaxyOrderListQueryForeignCurrencyInfo;
  /** 是否为外币支付 */
  foreign_currency_payment?: boolean;
}

/** `ForeignCurrencyInfo` of `alitrip.merchant.galaxy.order.list.query`. */
export interface AlitripMerchantGalaxyOrderListQueryForeignCurrencyInfo {
  /** 外币支付金额，含税 */
  total_amount?: string;
  /** 外币基础价格,不包含税费等 */
  total_price?: string;
  /** 外币总税价 */
  total_tax?: string;
  /** 外币每日价格 */
  daily_price_list?: AlitripMerchantGalaxyOrderListQueryDailyPrice[];
  /** 外币币种 */
  currency?: string;
}

/** `DailyPrice` of `alitrip.merchant.galaxy.order.list.query`. */
export interface AlitripMerchantGalaxyOrderListQueryDailyPrice {
  /** 日期 */
  date?: string;
  /** 不含税价格 单位元 */
  really_price?: string;
  /** 不含税外币价格 单位元 */
  out_really_price?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  order_status: 'String',
  start_time: 'String',
  end_time: 'String',
  page: 'Number',
  row: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    order_dtos: [
      {
        bed_name: 'String',
        currency: 'String',
        pay_remain_time: 'Number',
        order_status: 'String',
        total_amount: 'String',
        book_date: 'String',
        contact_name: 'String',
        check_out_date: 'String',
        check_in_date: 'String',
        room_number: 'Number',
        room_name: 'String',
        hotel_name: 'String',
        order_code: 'String',
        room_photo_url: 'String',
        shid: 'Number',
        hotel_id: 'String',
        adult_number: 'Number',
        children_number: 'Number',
        place_order_type: 'String',
        universal_coupon_id: 'String',
        spread: 'String',
        voucher_name: 'String',
        foreign_currency: {
          total_amount: 'String',
          total_price: 'String',
          total_tax: 'String',
          daily_price_list: [
            {
              date: 'String',
              really_price: 'String',
              out_really_price: 'String',
            },
          ],
          currency: 'String',
        },
        foreign_currency_payment: 'Boolean',
      },
    ],
    error_msg: 'String',
    page_size: 'Number',
    size: 'Number',
    page_no: 'Number',
    has_next_page: 'Boolean',
    total_page_num: 'Number',
    total_count: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.order.list.query`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyOrderListQueryOperation = {
  method: 'alitrip.merchant.galaxy.order.list.query',
  responseRoot: 'alitrip_merchant_galaxy_order_list_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-订单列表查询 — calls TOP method `alitrip.merchant.galaxy.order.list.query`.
 *
 * 为C端用户提供酒店预订订单列表查询服务，包括订单支付状态、订单日期
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyOrderListQuery(
  client: TopClient,
  request: AlitripMerchantGalaxyOrderListQueryRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyOrderListQueryResponse> {
  return client.call<AlitripMerchantGalaxyOrderListQueryResponse>(
    {
      method: 'alitrip.merchant.galaxy.order.list.query',
      responseRoot: 'alitrip_merchant_galaxy_order_list_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
