// Generated from specs/tbitem/taobao.item.skus.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.item.skus.get` (根据商品ID列表获取SKU信息). */
export interface TaobaoItemSkusGetRequest {
  /**
   * 需返回的字段列表。可选值：Sku结构体中的所有字段；字段之间用“,”分隔。
   *
   * Max list size: 20
   */
  fields: string[];
  /** sku所属商品数字id，必选。num_iid个数不能超过40个 */
  num_iids: string;
}

/** Response of `taobao.item.skus.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemSkusGetResponse {
  /** Sku列表 */
  skus?: TaobaoItemSkusGetSku[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Sku` of `taobao.item.skus.get`. */
export interface TaobaoItemSkusGetSku {
  /** sku的id */
  sku_id?: Int64;
  /** sku所属商品id(注意：iid近期即将废弃，请用num_iid参数) */
  iid?: string;
  /** sku所属商品数字id */
  num_iid?: Int64;
  /** sku的销售属性组合字符串（颜色，大小，等等，可通过类目API获取某类目下的销售属性）,格式是p1:v1;p2:v2 */
  properties?: string;
  /** sku所对应的销售属性的中文名字串，格式如：pid1:vid1:pid_name1:vid_name1;pid2:vid2:pid_name2:vid_name2…… */
  properties_name?: string;
  /** 属于这个sku的商品的数量， */
  quantity?: Int64;
  /** 属于这个sku的商品的价格 取值范围:0-100000000;精确到2位小数;单位:元。如:200.07，表示:200元7分。 */
  price?: string;
  /** 商家设置的外部id。天猫和集市的卖家，需要登录才能获取到自己的商家编码，不能获取到他人的商家编码。 */
  outer_id?: string;
  /** sku创建日期 时间格式：yyyy-MM-dd HH:mm:ss */
  created?: string;
  /** sku最后修改日期 时间格式：yyyy-MM-dd HH:mm:ss */
  modified?: string;
  /** sku状态。 normal:正常 ；delete:删除 */
  status?: string;
  /** 表示SKu上的产品规格信息 */
  sku_spec_id?: Int64;
  /** 商品级别的条形码 */
  barcode?: string;
}

const REQUEST_SCHEMA = {
  fields: ['String'],
  num_iids: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  skus: [
    {
      sku_id: 'Number',
      iid: 'String',
      num_iid: 'Number',
      properties: 'String',
      properties_name: 'String',
      quantity: 'Number',
      price: 'String',
      outer_id: 'String',
      created: 'String',
      modified: 'String',
      status: 'String',
      sku_spec_id: 'Number',
      barcode: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.item.skus.get`: method, response root, request and response schemas. */
export const taobaoItemSkusGetOperation = {
  method: 'taobao.item.skus.get',
  responseRoot: 'item_skus_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据商品ID列表获取SKU信息 — calls TOP method `taobao.item.skus.get`.
 *
 * * 获取多个商品下的所有sku
 *
 * 点击查看更多商品API说明
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemSkusGet(
  client: TopClient,
  request: TaobaoItemSkusGetRequest,
  options?: CallOptions,
): Promise<TaobaoItemSkusGetResponse> {
  return client.call<TaobaoItemSkusGetResponse>(
    {
      method: 'taobao.item.skus.get',
      responseRoot: 'item_skus_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
