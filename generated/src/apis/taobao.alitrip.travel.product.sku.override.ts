// Generated from specs/travel/taobao.alitrip.travel.product.sku.override.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.product.sku.override` (（供销）产品级别日历价格库存修改，全量覆盖). */
export interface TaobaoAlitripTravelProductSkuOverrideRequest {
  /** 商品 外部商家编码。itemId和outProductId至少填写一个 */
  out_product_id?: string;
  /** 商品id。itemId和outProductId至少填写一个 */
  item_id?: Int64Input;
  /**
   * 商品日历价格库存套餐
   *
   * Max list size: 20
   */
  skus?: TaobaoAlitripTravelProductSkuOverrideItemSkuInfoInput[];
}

/** Response of `taobao.alitrip.travel.product.sku.override`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelProductSkuOverrideResponse {
  /** 商品sku修改结果 */
  travel_item?: TaobaoAlitripTravelProductSkuOverrideTopTravelItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemSkuInfo` of `taobao.alitrip.travel.product.sku.override`. */
export interface TaobaoAlitripTravelProductSkuOverrideItemSkuInfoInput {
  /** 套餐名称 */
  package_name?: string;
  /** 必填，外部商家映射到具体套餐的SKU ID，一般为外部商家具体商品ID。 */
  outer_sku_id?: string;
  /** 商品日历价格库存相关信息 */
  prices?: TaobaoAlitripTravelProductSkuOverridePricesInput[];
  /** 套餐描述 */
  package_desc?: string;
  /** 套餐关联的产品元素列表。以列表中第一个产品元素作为主元素，其他元素作为该套餐的搭配元素。注：新增一个套餐时该参数必填；如果只是要覆盖修改一个已存在套餐的价格库存，则该参数可不填，系统会根据outer_sku_id自动填充该套餐已绑定的产品元素。 */
  products?: TaobaoAlitripTravelProductSkuOverrideProductInput[];
}

/** `Prices` of `taobao.alitrip.travel.product.sku.override`. */
export interface TaobaoAlitripTravelProductSkuOverridePricesInput {
  /** 价格类型。price_type 取：1-成人价，2-儿童价，3-单房差 */
  price_type?: Int64Input;
  /** 库存 */
  stock?: Int64Input;
  /** 价格，以分为单位 */
  price?: Int64Input;
  /** 日期。对于普通商品必填，对于预约商品该字段不填 */
  date?: DateInput;
}

/** `Product` of `taobao.alitrip.travel.product.sku.override`. */
export interface TaobaoAlitripTravelProductSkuOverrideProductInput {
  /** 关联的元素。以元素的外部商家编码作为元素标示。不传该值则该Product将被自动忽略 */
  element_id?: string;
  /** 绑定销售的元素 份数。不传该值则默认设置1份 */
  num?: Int64Input;
}

/** `TopTravelItem` of `taobao.alitrip.travel.product.sku.override`. */
export interface TaobaoAlitripTravelProductSkuOverrideTopTravelItem {
  /** 商品创建时间 */
  created?: string;
  /** 商品id */
  item_id?: Int64;
  /** 商品修改时间 */
  modified?: string;
}

const REQUEST_SCHEMA = {
  out_product_id: 'String',
  item_id: 'Number',
  skus: [
    {
      package_name: 'String',
      outer_sku_id: 'String',
      prices: [
        {
          price_type: 'Number',
          stock: 'Number',
          price: 'Number',
          date: 'Date',
        },
      ],
      package_desc: 'String',
      products: [
        {
          element_id: 'String',
          num: 'Number',
        },
      ],
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  travel_item: {
    created: 'Date',
    item_id: 'Number',
    modified: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.product.sku.override`: method, response root, request and response schemas. */
export const taobaoAlitripTravelProductSkuOverrideOperation = {
  method: 'taobao.alitrip.travel.product.sku.override',
  responseRoot: 'alitrip_travel_product_sku_override_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * （供销）产品级别日历价格库存修改，全量覆盖 — calls TOP method `taobao.alitrip.travel.product.sku.override`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelProductSkuOverride(
  client: TopClient,
  request: TaobaoAlitripTravelProductSkuOverrideRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripTravelProductSkuOverrideResponse> {
  return client.call<TaobaoAlitripTravelProductSkuOverrideResponse>(
    {
      method: 'taobao.alitrip.travel.product.sku.override',
      responseRoot: 'alitrip_travel_product_sku_override_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
