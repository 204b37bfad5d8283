// Generated from specs/idle/alibaba.idle.rent.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.rent.order.query` (查询订单). */
export interface AlibabaIdleRentOrderQueryRequest {
  /** 订单id */
  order_id?: Int64Input;
}

/** Response of `alibaba.idle.rent.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleRentOrderQueryResponse {
  /** 系统自动生成 */
  result?: AlibabaIdleRentOrderQueryTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `alibaba.idle.rent.order.query`. */
export interface AlibabaIdleRentOrderQueryTopResult {
  /** data */
  data?: AlibabaIdleRentOrderQueryRentalOrderDto;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_message?: string;
  /** 错误信息 */
  error_code?: string;
}

/** `RentalOrderDto` of `alibaba.idle.rent.order.query`. */
export interface AlibabaIdleRentOrderQueryRentalOrderDto {
  /** 买家地址 */
  buyer_address?: AlibabaIdleRentOrderQueryUserAddressDto;
  /** 订单id */
  order_id?: Int64;
  /** 买家id */
  buyer_id?: string;
  /** 订单商品信息 */
  items?: AlibabaIdleRentOrderQueryRentalOrderItemDto[];
  /** 订单状态 */
  status?: Int64;
  /** 预约时间 */
  reserved_package_time?: string;
  /** 用户会员卡到期时间 */
  buyer_member_expire_date?: string;
  /** 邮费，单位分 */
  postage?: Int64;
}

/** `UserAddressDto` of `alibaba.idle.rent.order.query`. */
export interface AlibabaIdleRentOrderQueryUserAddressDto {
  /** 买家所在区 */
  area?: string;
  /** 买家详细地址 */
  address?: string;
  /** 买家所在城市 */
  city?: string;
  /** 买家姓名 */
  name?: string;
  /** 买家所在省 */
  prov?: string;
  /** 买家电话号码 */
  phone_no?: string;
}

/** `RentalOrderItemDto` of `alibaba.idle.rent.order.query`. */
export interface AlibabaIdleRentOrderQueryRentalOrderItemDto {
  /** 商品id */
  item_id?: Int64;
  /** sku信息 */
  sku_d_t_o?: AlibabaIdleRentOrderQueryItemSkuDto;
  /** 价格信息 */
  price?: AlibabaIdleRentOrderQueryPriceDto;
}

/** `ItemSkuDto` of `alibaba.idle.rent.order.query`. */
export interface AlibabaIdleRentOrderQueryItemSkuDto {
  /** sku属性信息 */
  prop_list?: AlibabaIdleRentOrderQueryItemPvPairDto[];
  /** 库存数量 */
  quantity?: Int64;
  /** sku id */
  sku_id?: Int64;
}

/** `ItemPvPairDto` of `alibaba.idle.rent.order.query`. */
export interface AlibabaIdleRentOrderQueryItemPvPairDto {
  /** 属性值 */
  value_text?: string;
  /** 属性 */
  prop_text?: string;
}

/** `PriceDto` of `alibaba.idle.rent.order.query`. */
export interface AlibabaIdleRentOrderQueryPriceDto {
  /** 星级 */
  star?: string;
  /** 押金，单位分 */
  deposit?: Int64;
  /** 日结算价格，单位分 */
  settle_price_per_day?: Int64;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      buyer_address: {
        area: 'String',
        address: 'String',
        city: 'String',
        name: 'String',
        prov: 'String',
        phone_no: 'String',
      },
      order_id: 'Number',
      buyer_id: 'String',
      items: [
        {
          item_id: 'Number',
          sku_d_t_o: {
            prop_list: [
              {
                value_text: 'String',
                prop_text: 'String',
              },
            ],
            quantity: 'Number',
            sku_id: 'Number',
          },
          price: {
            star: 'String',
            deposit: 'Number',
            settle_price_per_day: 'Number',
          },
        },
      ],
      status: 'Number',
      reserved_package_time: 'String',
      buyer_member_expire_date: 'Date',
      postage: 'Number',
    },
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.rent.order.query`: method, response root, request and response schemas. */
export const alibabaIdleRentOrderQueryOperation = {
  method: 'alibaba.idle.rent.order.query',
  responseRoot: 'alibaba_idle_rent_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询订单 — calls TOP method `alibaba.idle.rent.order.query`.
 *
 * 查询订单信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleRentOrderQuery(
  client: TopClient,
  request: AlibabaIdleRentOrderQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleRentOrderQueryResponse> {
  return client.call<AlibabaIdleRentOrderQueryResponse>(
    {
      method: 'alibaba.idle.rent.order.query',
      responseRoot: 'alibaba_idle_rent_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
