// Generated from specs/travel/taobao.alitrip.travel.item.sku.override.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.item.sku.override` (【API3.0】商品级别日历价格库存修改，全量覆盖). */
export interface TaobaoAlitripTravelItemSkuOverrideRequest {
  /** 商品id。itemId和outProductId至少填写一个 */
  item_id?: Int64Input;
  /**
   * 商品日历价格库存套餐
   *
   * Max list size: 20
   */
  skus: TaobaoAlitripTravelItemSkuOverridePontusTravelItemSkuInfoInput[];
  /** 商品 外部商家编码。itemId和outProductId至少填写一个 */
  out_product_id?: string;
}

/** Response of `taobao.alitrip.travel.item.sku.override`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelItemSkuOverrideResponse {
  /** 商品sku修改结果 */
  travel_item?: TaobaoAlitripTravelItemSkuOverrideTopTravelItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PontusTravelItemSkuInfo` of `taobao.alitrip.travel.item.sku.override`. */
export interface TaobaoAlitripTravelItemSkuOverridePontusTravelItemSkuInfoInput {
  /** 必填，外部商家映射到具体套餐的SKU ID，一般为外部商家具体商品ID。 */
  outer_sku_id: string;
  /** 套餐描述 */
  package_desc?: string;
  /** 套餐名称，特别说明：出境邮轮请按照发布后台规范传递套餐名称，会自动解析容纳人数与房型 */
  package_name?: string;
  /** 商品日历价格库存相关信息 */
  prices?: TaobaoAlitripTravelItemSkuOverridePontusTravelPricesInput[];
  /** 套餐关联的产品元素列表。以列表中第一个产品元素作为主元素，其他元素作为该套餐的搭配元素。注：新增一个套餐时该参数必填；如果只是要覆盖修改一个已存在套餐的价格库存，则该参数可不填，系统会根据outer_sku_id自动填充该套餐已绑定的产品元素。 */
  products?: TaobaoAlitripTravelItemSkuOverrideProductInput[];
  /** 邮轮房型ID，新版本有值 */
  room_type_id?: Int64Input;
  /** 邮轮房型类型 */
  room_type?: Int64Input;
  /** 邮轮房型名称 */
  room_type_name?: string;
  /** 人数 */
  people_number?: Int64Input;
  /** 下单人数是否与房型人数一致 */
  order_count_match?: boolean;
}

/** `PontusTravelPrices` of `taobao.alitrip.travel.item.sku.override`. */
export interface TaobaoAlitripTravelItemSkuOverridePontusTravelPricesInput {
  /** 日期。对于普通商品必填，对于预约商品该字段不填 */
  date?: DateInput;
  /** （该参数已废弃）外部商家团期ID */
  outer_price_id?: string;
  /** 价格，以分为单位 */
  price?: Int64Input;
  /** 价格类型。price_type 取：1-成人价，2-儿童价，3-单房差 */
  price_type: Int64Input;
  /** 库存 */
  stock?: Int64Input;
}

/** `Product` of `taobao.alitrip.travel.item.sku.override`. */
export interface TaobaoAlitripTravelItemSkuOverrideProductInput {
  /** 关联的元素。以元素的外部商家编码作为元素标示。不传该值则该Product将被自动忽略 */
  element_id?: string;
  /** 绑定销售的元素 份数。不传该值则默认设置1份 */
  num?: Int64Input;
}

/** `TopTravelItem` of `taobao.alitrip.travel.item.sku.override`. */
export interface TaobaoAlitripTravelItemSkuOverrideTopTravelItem {
  /** 商品创建时间 */
  created?: string;
  /** 商品id */
  item_id?: Int64;
  /** 商品修改时间 */
  modified?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  skus: [
    {
      outer_sku_id: 'String',
      package_desc: 'String',
      package_name: 'String',
      prices: [
        {
          date: 'Date',
          outer_price_id: 'String',
          price: 'Number',
          price_type: 'Number',
          stock: 'Number',
        },
      ],
      products: [
        {
          element_id: 'String',
          num: 'Number',
        },
      ],
      room_type_id: 'Number',
      room_type: 'Number',
      room_type_name: 'String',
      people_number: 'Number',
      order_count_match: 'Boolean',
    },
  ],
  out_product_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  travel_item: {
    created: 'Date',
    item_id: 'Number',
    modified: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.item.sku.override`: method, response root, request and response schemas. */
export const taobaoAlitripTravelItemSkuOverrideOperation = {
  method: 'taobao.alitrip.travel.item.sku.override',
  responseRoot: 'alitrip_travel_item_sku_override_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【API3.0】商品级别日历价格库存修改，全量覆盖 — calls TOP method `taobao.alitrip.travel.item.sku.override`.
 *
 * 旅行度假新商品日历价格库存信息修改接口 第三版。提供商家通过TOP API方式修改商品sku信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelItemSkuOverride(
  client: TopClient,
  request: TaobaoAlitripTravelItemSkuOverrideRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelItemSkuOverrideResponse> {
  return client.call<TaobaoAlitripTravelItemSkuOverrideResponse>(
    {
      method: 'taobao.alitrip.travel.item.sku.override',
      responseRoot: 'alitrip_travel_item_sku_override_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
