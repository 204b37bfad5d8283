// Generated from specs/idle/alibaba.idle.rent.item.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.rent.item.query` (查询租赁商品信息). */
export interface AlibabaIdleRentItemQueryRequest {
  /** 商品id */
  item_id?: Int64Input;
}

/** Response of `alibaba.idle.rent.item.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleRentItemQueryResponse {
  /** 接口返回model */
  result?: AlibabaIdleRentItemQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.idle.rent.item.query`. */
export interface AlibabaIdleRentItemQueryResult {
  /** 返回素材id */
  data?: AlibabaIdleRentItemQueryData;
  /** 数据是否可用 */
  success?: boolean;
  /** 错误描述 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

/** `Data` of `alibaba.idle.rent.item.query`. */
export interface AlibabaIdleRentItemQueryData {
  /** 新旧水平 */
  used_level?: Int64;
  /** 库存 */
  quantity?: Int64;
  /** 地址信息 */
  address?: AlibabaIdleRentItemQueryAddressDto;
  /** 标题 */
  title?: string;
  /** 商品sku信息 */
  item_sku_list?: AlibabaIdleRentItemQueryItemSkuDto[];
  /** 商品id */
  item_id?: Int64;
  /** 价格信息 */
  price_info?: AlibabaIdleRentItemQueryPriceDto;
  /** 描述 */
  desc?: string;
  /** 商品状态 */
  status?: Int64;
  /** 运费模板id */
  template_id?: Int64;
}

/** `AddressDto` of `alibaba.idle.rent.item.query`. */
export interface AlibabaIdleRentItemQueryAddressDto {
  /** 区 */
  area?: string;
  /** 市 */
  city?: string;
  /** 省 */
  prov?: string;
}

/** `ItemSkuDto` of `alibaba.idle.rent.item.query`. */
export interface AlibabaIdleRentItemQueryItemSkuDto {
  /** 库存 */
  quantity?: Int64;
  /** sku属性列表 */
  prop_list?: AlibabaIdleRentItemQueryItemPvPairDto[];
  /** sku id */
  sku_id?: Int64;
}

/** `ItemPvPairDto` of `alibaba.idle.rent.item.query`. */
export interface AlibabaIdleRentItemQueryItemPvPairDto {
  /** 属性值 */
  value_text?: string;
  /** 属性 */
  prop_text?: string;
}

/** `PriceDto` of `alibaba.idle.rent.item.query`. */
export interface AlibabaIdleRentItemQueryPriceDto {
  /** 买断价，单位分 */
  reserve_price?: Int64;
  /** 市场价，单位分 */
  original_price?: Int64;
  /** 星级 */
  star?: string;
  /** 押金，单位分 */
  deposit?: Int64;
  /** 日结算价格，单位分 */
  settle_price_per_day?: Int64;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      used_level: 'Number',
      quantity: 'Number',
      address: {
        area: 'String',
        city: 'String',
        prov: 'String',
      },
      title: 'String',
      item_sku_list: [
        {
          quantity: 'Number',
          prop_list: [
            {
              value_text: 'String',
              prop_text: 'String',
            },
          ],
          sku_id: 'Number',
        },
      ],
      item_id: 'Number',
      price_info: {
        reserve_price: 'Number',
        original_price: 'Number',
        star: 'String',
        deposit: 'Number',
        settle_price_per_day: 'Number',
      },
      desc: 'String',
      status: 'Number',
      template_id: 'Number',
    },
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.rent.item.query`: method, response root, request and response schemas. */
export const alibabaIdleRentItemQueryOperation = {
  method: 'alibaba.idle.rent.item.query',
  responseRoot: 'alibaba_idle_rent_item_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询租赁商品信息 — calls TOP method `alibaba.idle.rent.item.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleRentItemQuery(
  client: TopClient,
  request: AlibabaIdleRentItemQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleRentItemQueryResponse> {
  return client.call<AlibabaIdleRentItemQueryResponse>(
    {
      method: 'alibaba.idle.rent.item.query',
      responseRoot: 'alibaba_idle_rent_item_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
