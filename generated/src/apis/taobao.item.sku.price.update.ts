// Generated from specs/tbitem/taobao.item.sku.price.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.item.sku.price.update` (更新商品SKU的价格). */
export interface TaobaoItemSkuPriceUpdateRequest {
  /** Sku所属商品数字id，可通过 taobao.item.get 获取 */
  num_iid: Int64Input;
  /** Sku属性串。格式:pid:vid;pid:vid,如: 1627207:3232483;1630696:3284570,表示机身颜色:军绿色;手机套餐:一电一充 */
  properties: string;
  /** Sku的库存数量。sku的总数量应该小于等于商品总数量(Item的NUM)，sku数量变化后item的总数量也会随着变化。取值范围:大于等于零的整数 */
  quantity?: Int64Input;
  /** Sku的销售价格。精确到2位小数;单位:元。如:200.07，表示:200元7分。修改后的sku价格要保证商品的价格在所有sku价格所形成的价格区间内（例如：商品价格为6元，sku价格有5元、10元两种，如果要修改5元sku的价格，那么修改的范围只能是0-6元之间；如果要修改10元的sku，那么修改的范围只能是6到无穷大的区间中） */
  price?: string;
  /** Sku的商家外部id */
  outer_id?: string;
  /** Sku文字的版本。可选值:zh_HK(繁体),zh_CN(简体);默认值:zh_CN */
  lang?: string;
  /** sku所属商品的价格。当用户更新sku，使商品价格不属于sku价格之间的时候，用于修改商品的价格，使sku能够更新成功 */
  item_price?: string;
  /** 忽略警告提示. */
  ignorewarning?: string;
}

/** Response of `taobao.item.sku.price.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemSkuPriceUpdateResponse {
  /** 商品SKU信息（只包含num_iid和modified） */
  sku?: TaobaoItemSkuPriceUpdateSku;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Sku` of `taobao.item.sku.price.update`. */
export interface TaobaoItemSkuPriceUpdateSku {
  /** sku所属商品id(注意：iid近期即将废弃，请用num_iid参数) */
  iid?: string;
  /** sku所属商品数字id */
  num_iid?: Int64;
  /** sku最后修改日期 时间格式：yyyy-MM-dd HH:mm:ss */
  modified?: string;
  /** sku的id */
  sku_id?: Int64;
}

const REQUEST_SCHEMA = {
  num_iid: 'Number',
  properties: 'String',
  quantity: 'Number',
  price: 'Price',
  outer_id: 'String',
  lang: 'String',
  item_price: 'Price',
  ignorewarning: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  sku: {
    iid: 'String',
    num_iid: 'Number',
    modified: 'String',
    sku_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.item.sku.price.update`: method, response root, request and response schemas. */
export const taobaoItemSkuPriceUpdateOperation = {
  method: 'taobao.item.sku.price.update',
  responseRoot: 'item_sku_price_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新商品SKU的价格 — calls TOP method `taobao.item.sku.price.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemSkuPriceUpdate(
  client: TopClient,
  request: TaobaoItemSkuPriceUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoItemSkuPriceUpdateResponse> {
  return client.call<TaobaoItemSkuPriceUpdateResponse>(
    {
      method: 'taobao.item.sku.price.update',
      responseRoot: 'item_sku_price_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
