// Generated from specs/tbitem/taobao.item.sku.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.item.sku.add` (添加SKU). */
export interface TaobaoItemSkuAddRequest {
  /** Sku所属商品数字id。必选 */
  num_iid: Int64Input;
  /** Sku属性串。格式:pid:vid;pid:vid,如:1627207:3232483;1630696:3284570,表示:机身颜色:军绿色;手机套餐:一电一充。 */
  properties: string;
  /** Sku的库存数量。sku的总数量应该小于等于商品总数量(Item的NUM)。取值范围:大于零的整数 */
  quantity: Int64Input;
  /** Sku的销售价格。商品的价格要在商品所有的sku的价格之间。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  price: string;
  /** Sku的商家外部id */
  outer_id?: string;
  /** Sku文字的版本。可选值:zh_HK(繁体),zh_CN(简体);默认值:zh_CN */
  lang?: string;
  /** sku所属商品的价格。当用户新增sku，使商品价格不属于sku价格之间的时候，用于修改商品的价格，使sku能够添加成功 */
  item_price?: string;
  /** 忽略警告提示. */
  ignorewarning?: string;
}

/** Response of `taobao.item.sku.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemSkuAddResponse {
  /** sku */
  sku?: TaobaoItemSkuAddSku;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Sku` of `taobao.item.sku.add`. */
export interface TaobaoItemSkuAddSku {
  /** sku所属商品id(注意：iid近期即将废弃，请用num_iid参数) */
  iid?: string;
  /** sku所属商品数字id */
  num_iid?: Int64;
  /** sku创建日期 时间格式：yyyy-MM-dd HH:mm:ss */
  created?: string;
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
    created: 'String',
    sku_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.item.sku.add`: method, response root, request and response schemas. */
export const taobaoItemSkuAddOperation = {
  method: 'taobao.item.sku.add',
  responseRoot: 'item_sku_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 添加SKU — calls TOP method `taobao.item.sku.add`.
 *
 * 新增一个sku到num_iid指定的商品中
 * 传入的iid所对应的商品必须属于当前会话的用户
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemSkuAdd(
  client: TopClient,
  request: TaobaoItemSkuAddRequest,
  options?: CallOptions,
): Promise<TaobaoItemSkuAddResponse> {
  return client.call<TaobaoItemSkuAddResponse>(
    {
      method: 'taobao.item.sku.add',
      responseRoot: 'item_sku_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
