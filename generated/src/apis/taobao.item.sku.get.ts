// Generated from specs/tbitem/taobao.item.sku.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.item.sku.get` (获取SKU). */
export interface TaobaoItemSkuGetRequest {
  /** 需返回的字段列表。可选值：Sku结构体中的所有字段；字段之间用“,”分隔。 */
  fields: string;
  /** Sku的id。可以通过taobao.item.seller.get得到 */
  sku_id: Int64Input;
  /** 商品的数字IID（num_iid和nick必传一个，推荐用num_iid），传商品的数字id返回的结果里包含cspu（SKu上的产品规格信息）。 */
  num_iid?: Int64Input;
}

/** Response of `taobao.item.sku.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemSkuGetResponse {
  /** Sku */
  sku?: TaobaoItemSkuGetSku;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Sku` of `taobao.item.sku.get`. */
export interface TaobaoItemSkuGetSku {
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
  /** 商品在付款减库存的状态下，该sku上未付款的订单数量 */
  with_hold_quantity?: Int64;
  /** 商品级别的条形码 */
  barcode?: string;
}

const REQUEST_SCHEMA = {
  fields: 'String',
  sku_id: 'Number',
  num_iid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  sku: {
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
    with_hold_quantity: 'Number',
    barcode: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.item.sku.get`: method, response root, request and response schemas. */
export const taobaoItemSkuGetOperation = {
  method: 'taobao.item.sku.get',
  responseRoot: 'item_sku_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取SKU — calls TOP method `taobao.item.sku.get`.
 *
 * 获取sku_id所对应的sku数据
 * sku_id对应的sku要属于传入的nick对应的卖家
 *
 * 点击查看更多商品API说明
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemSkuGet(
  client: TopClient,
  request: TaobaoItemSkuGetRequest,
  options?: CallOptions,
): Promise<TaobaoItemSkuGetResponse> {
  return client.call<TaobaoItemSkuGetResponse>(
    {
      method: 'taobao.item.sku.get',
      responseRoot: 'item_sku_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
