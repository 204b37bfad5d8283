// Generated from specs/travel/alitrip.travel.gereralsku.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.gereralsku.update` (发布SKU信息（如果properties重复 则更新）). */
export interface AlitripTravelGereralskuUpdateRequest {
  /**
   * sku销售属性别名；如套餐1 需要调整成其他 需要在这里修改
   *
   * Max list size: 20
   */
  alias?: AlitripTravelGereralskuUpdatePropertyAliasInfoInput[];
  /**
   * 商品属性列表；由类目的属性PID和VID组成，属性的pid调用taobao.itemprops.get取得，属性值的vid用taobao.itempropvalues.get取得vid。如果该类目下面没有属性，可以不用填写。如果有属性，必选属性必填，其他非必选属性可以选择不填写.属性不能超过35对
   *
   * Max list size: 20
   */
  properties?: AlitripTravelGereralskuUpdateCatPropInfoInput[];
  /** 淘宝商品ID */
  item_id: Int64Input;
  /** Sku的销售价格，普通商品使用。精确到2位小数;单位:分。如:20007，表示:200元7分。修改后的sku价格要保证商品的价格在所有sku价格所形成的价格区间内（例如：商品价格为6元，sku价格有5元、10元两种，如果要修改5元sku的价格，那么修改的范围只能是0-6元之间；如果要修改10元的sku，那么修改的范围只能是6到无穷大的区间中） */
  price?: Int64Input;
  /** Sku的库存数量，普通商品使用。sku的总数量应该小于等于商品总数量(Item的NUM)，sku数量变化后item的总数量也会随着变化。取值范围:大于等于零的整数 */
  quantity?: Int64Input;
  /**
   * SKU的销售价格库存，日历商品使用
   *
   * Max list size: 500
   */
  date_list?: AlitripTravelGereralskuUpdateDateInventoryAndPriceInput[];
  /** 商家编码 */
  outer_id?: string;
}

/** Response of `alitrip.travel.gereralsku.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelGereralskuUpdateResponse {
  /** 返回结果 */
  first_result?: AlitripTravelGereralskuUpdateTopTravelItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PropertyAliasInfo` of `alitrip.travel.gereralsku.update`. */
export interface AlitripTravelGereralskuUpdatePropertyAliasInfoInput {
  /** 销售属性的pid和vid，属性的pid调用taobao.itemprops.get取得，属性值的vid用taobao.itempropvalues.get取得vid */
  properties?: string;
  /** 属性别名 */
  value?: string;
}

/** `CatPropInfo` of `alitrip.travel.gereralsku.update`. */
export interface AlitripTravelGereralskuUpdateCatPropInfoInput {
  /** 属性PID，调用taobao.itemprops.get取得 */
  pid?: string;
  /** 属性VID，调用taobao.itempropvalues.get取得 */
  vid?: string;
}

/** `DateInventoryAndPrice` of `alitrip.travel.gereralsku.update`. */
export interface AlitripTravelGereralskuUpdateDateInventoryAndPriceInput {
  /** Sku的销售价格。精确到2位小数;单位:分。如:20007，表示:200元7分。修改后的sku价格要保证商品的价格在所有sku价格所形成的价格区间内（例如：商品价格为6元，sku价格有5元、10元两种，如果要修改5元sku的价格，那么修改的范围只能是0-6元之间；如果要修改10元的sku，那么修改的范围只能是6到无穷大的区间中） */
  price?: Int64Input;
  /** Sku的库存数量。sku的总数量应该小于等于商品总数量(Item的NUM)，sku数量变化后item的总数量也会随着变化。取值范围:大于等于零的整数 */
  stock?: Int64Input;
  /** 销售日期 */
  date?: DateInput;
}

/** `TopTravelItem` of `alitrip.travel.gereralsku.update`. */
export interface AlitripTravelGereralskuUpdateTopTravelItem {
  /** sku创建日期 */
  created?: string;
  /** itemId */
  item_id?: Int64;
  /** sku修改日期 */
  modified?: string;
  /** skuId */
  sku_id?: Int64;
  /** outerId */
  outer_id?: string;
}

const REQUEST_SCHEMA = {
  alias: [
    {
      properties: 'String',
      value: 'String',
    },
  ],
  properties: [
    {
      pid: 'String',
      vid: 'String',
    },
  ],
  item_id: 'Number',
  price: 'Number',
  quantity: 'Number',
  date_list: [
    {
      price: 'Number',
      stock: 'Number',
      date: 'Date',
    },
  ],
  outer_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  first_result: {
    created: 'Date',
    item_id: 'Number',
    modified: 'Date',
    sku_id: 'Number',
    outer_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.gereralsku.update`: method, response root, request and response schemas. */
export const alitripTravelGereralskuUpdateOperation = {
  method: 'alitrip.travel.gereralsku.update',
  responseRoot: 'alitrip_travel_gereralsku_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发布SKU信息（如果properties重复 则更新） — calls TOP method `alitrip.travel.gereralsku.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelGereralskuUpdate(
  client: TopClient,
  request: AlitripTravelGereralskuUpdateRequest,
  options?: CallOptions,
): Promise<AlitripTravelGereralskuUpdateResponse> {
  return client.call<AlitripTravelGereralskuUpdateResponse>(
    {
      method: 'alitrip.travel.gereralsku.update',
      responseRoot: 'alitrip_travel_gereralsku_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
