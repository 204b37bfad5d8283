// Generated from specs/product/taobao.product.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.product.update` (修改一个产品，可以修改主图，不能修改子图片). */
export interface TaobaoProductUpdateRequest {
  /** 产品ID */
  product_id: Int64Input;
  /** 外部产品ID */
  outer_id?: string;
  /** 非关键属性.调用taobao.itemprops.get获取pid,调用taobao.itempropvalues.get获取vid;格式:pid:vid;pid:vid */
  binds?: string;
  /** 销售属性.调用taobao.itemprops.get获取pid,调用taobao.itempropvalues.get获取vid;格式:pid:vid;pid:vid */
  sale_props?: string;
  /** 产品名称.最大不超过30个字符 */
  name?: string;
  /** 产品市场价.精确到2位小数;单位为元.如:200.07 */
  price?: string;
  /** 产品描述.最大不超过25000个字符 */
  desc?: string;
  /** 是否是主图 */
  major?: boolean;
  /** 自定义非关键属性 */
  native_unkeyprops?: string;
  /**
   * 产品主图.最大500K,目前仅支持GIF,JPG
   *
   * Max length: 1048576
   */
  image?: TopFile;
}

/** Response of `taobao.product.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoProductUpdateResponse {
  /** 返回product数据结构中的：product_id,modified */
  product?: TaobaoProductUpdateProduct;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Product` of `taobao.product.update`. */
export interface TaobaoProductUpdateProduct {
  /** 产品ID */
  product_id?: Int64;
  /** 修改时间.格式:yyyy-mm-dd hh:mm:ss */
  modified?: string;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  outer_id: 'String',
  binds: 'String',
  sale_props: 'String',
  name: 'String',
  price: 'String',
  desc: 'String',
  major: 'Boolean',
  native_unkeyprops: 'String',
  image: 'byte[]',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product: {
    product_id: 'Number',
    modified: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.product.update`: method, response root, request and response schemas. */
export const taobaoProductUpdateOperation = {
  method: 'taobao.product.update',
  responseRoot: 'product_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改一个产品，可以修改主图，不能修改子图片 — calls TOP method `taobao.product.update`.
 *
 * 传入产品ID
 * 可修改字段：outer_id,binds,sale_props,name,price,desc,image
 * 注意：1.可以修改主图,不能修改子图片,主图最大500K,目前仅支持GIF,JPG
 * 2.商城卖家产品发布24小时后不能作删除或修改操作
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoProductUpdate(
  client: TopClient,
  request: TaobaoProductUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoProductUpdateResponse> {
  return client.call<TaobaoProductUpdateResponse>(
    {
      method: 'taobao.product.update',
      responseRoot: 'product_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
