// Generated from specs/tbitem/taobao.skus.custom.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.skus.custom.get` (根据外部ID取商品SKU). */
export interface TaobaoSkusCustomGetRequest {
  /** 需返回的字段列表。可选值：Sku结构体中的所有字段；字段之间用“,”隔开 */
  fields: string;
  /** Sku的外部商家ID */
  outer_id: string;
}

/** Response of `taobao.skus.custom.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSkusCustomGetResponse {
  /** Sku对象，具体字段以fields决定 */
  skus?: TaobaoSkusCustomGetSku[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Sku` of `taobao.skus.custom.get`. */
export interface TaobaoSkusCustomGetSku {
  /** sku的id */
  sku_id?: Int64;
  /** sku所属商品id(注意：iid近期即将废弃，请用num_iid参数) */
  iid?: string;
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
  /** sku所属商品数字id */
  num_iid?: Int64;
}

const REQUEST_SCHEMA = {
  fields: 'String',
  outer_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  skus: [
    {
      sku_id: 'Number',
      iid: 'String',
      properties: 'String',
      properties_name: 'String',
      quantity: 'Number',
      price: 'String',
      outer_id: 'String',
      created: 'String',
      modified: 'String',
      status: 'String',
      num_iid: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.skus.custom.get`: method, response root, request and response schemas. */
export const taobaoSkusCustomGetOperation = {
  method: 'taobao.skus.custom.get',
  responseRoot: 'skus_custom_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据外部ID取商品SKU — calls TOP method `taobao.skus.custom.get`.
 *
 * 跟据卖家设定的Sku的外部id获取商品，如果一个outer_id对应多个Sku会返回所有符合条件的sku
 * 这个Sku所属卖家从传入的session中获取，需要session绑定(注：iid标签里是num_iid的值，可以用作num_iid使用)
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSkusCustomGet(
  client: TopClient,
  request: TaobaoSkusCustomGetRequest,
  options?: CallOptions,
): Promise<TaobaoSkusCustomGetResponse> {
  return client.call<TaobaoSkusCustomGetResponse>(
    {
      method: 'taobao.skus.custom.get',
      responseRoot: 'skus_custom_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
