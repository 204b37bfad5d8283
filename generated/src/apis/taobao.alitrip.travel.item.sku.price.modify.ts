// Generated from specs/travel/taobao.alitrip.travel.item.sku.price.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.item.sku.price.modify` (【API3.0】日期级别日历价格库存修改，增量维护). */
export interface TaobaoAlitripTravelItemSkuPriceModifyRequest {
  /** 商品id。itemId和outProductId至少填写一个 */
  item_id?: Int64Input;
  /**
   * 商品日历价格库存套餐
   *
   * Max list size: 20
   */
  skus?: TaobaoAlitripTravelItemSkuPriceModifyPontusTravelItemSkuInfoInput[];
  /** 商品 外部商家编码。itemId和outProductId至少填写一个 */
  out_product_id?: string;
  /** 商品价库变更类型，0=价格库存均变更，1=价格变更，2=库存变更 */
  modify_type?: Int64Input;
}

/** Response of `taobao.alitrip.travel.item.sku.price.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelItemSkuPriceModifyResponse {
  /** 日期级别日历价格库存增量维护 */
  travel_item?: TaobaoAlitripTravelItemSkuPriceModifyTopTravelItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PontusTravelItemSkuInfo` of `taobao.alitrip.travel.item.sku.price.modify`. */
export interface TaobaoAlitripTravelItemSkuPriceModifyPontusTravelItemSkuInfoInput {
  /** 套餐的外部商家编码。注意：如果没有为该商品设置过套餐商家编码，则无法调用本接口更新该套餐的日历价格。请手动去网页端后台编辑下该商品：为该商品的每个套餐添加设置一个商家编码；或者调用sku.override接口给每个套餐设置一个商家编码。 */
  outer_sku_id: string;
  /** 商品日历价格库存相关信息 */
  prices: TaobaoAlitripTravelItemSkuPriceModifyPontusTravelPricesInput[];
}

/** `PontusTravelPrices` of `taobao.alitrip.travel.item.sku.price.modify`. */
export interface TaobaoAlitripTravelItemSkuPriceModifyPontusTravelPricesInput {
  /** 日期。对于普通商品必填，对于预约商品该字段不填 */
  date: DateInput;
  /** 日历价格库存的操作有以下三种：1-新增;2-增量更新;3-覆盖更新;4-删除。其中新增时成人价格和库存都必须大于0；增量更新只能对库存数进行修改，表示对某一天的成人或儿童新增或减少几个库存。覆盖更新能对库存和价格进行修改，表示用传入的值覆盖原有的库存和价格。删除支持删除单房差、儿童价格库存、成人价格库存，如果删除成人价格库存，则同时会把单房差和儿童价格库存也删除。 */
  operation?: Int64Input;
  /** 价格 */
  price?: Int64Input;
  /** 价格类型。price_type 取：1-成人价，2-儿童价，3-单房差 */
  price_type: Int64Input;
  /** 库存 */
  stock?: Int64Input;
  /** 外部商家团期id，可选字段，仅供商家自己使用，用来标识每一天的价格库存 */
  outer_price_id?: string;
}

/** `TopTravelItem` of `taobao.alitrip.travel.item.sku.price.modify`. */
export interface TaobaoAlitripTravelItemSkuPriceModifyTopTravelItem {
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
      prices: [
        {
          date: 'Date',
          operation: 'Number',
          price: 'Number',
          price_type: 'Number',
          stock: 'Number',
          outer_price_id: 'String',
        },
      ],
    },
  ],
  out_product_id: 'String',
  modify_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  travel_item: {
    created: 'Date',
    item_id: 'Number',
    modified: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.item.sku.price.modify`: method, response root, request and response schemas. */
export const taobaoAlitripTravelItemSkuPriceModifyOperation = {
  method: 'taobao.alitrip.travel.item.sku.price.modify',
  responseRoot: 'alitrip_travel_item_sku_price_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【API3.0】日期级别日历价格库存修改，增量维护 — calls TOP method `taobao.alitrip.travel.item.sku.price.modify`.
 *
 * 【API3.0】日期级别日历价格库存增量维护
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelItemSkuPriceModify(
  client: TopClient,
  request: TaobaoAlitripTravelItemSkuPriceModifyRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripTravelItemSkuPriceModifyResponse> {
  return client.call<TaobaoAlitripTravelItemSkuPriceModifyResponse>(
    {
      method: 'taobao.alitrip.travel.item.sku.price.modify',
      responseRoot: 'alitrip_travel_item_sku_price_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
