// Generated from specs/product/taobao.product.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.product.add` (上传一个产品，不包括产品非主图和属性图片). */
export interface TaobaoProductAddRequest {
  /** 商品类目ID.调用taobao.itemcats.get获取;注意:必须是叶子类目 id. */
  cid: Int64Input;
  /** 产品名称,最大30个字符. */
  name?: string;
  /** 产品市场价.精确到2位小数;单位为元.如：200.07 */
  price?: string;
  /**
   * 产品主图片.最大1M,目前仅支持GIF,JPG.
   *
   * Max length: 1048576
   */
  image: TopFile;
  /** 外部产品ID */
  outer_id?: string;
  /** 关键属性 结构:pid:vid;pid:vid.调用taobao.itemprops.get获取pid,调用taobao.itempropvalues.get获取vid;如果碰到用户自定义属性,请用customer_props. */
  props?: string;
  /**
   * 非关键属性结构:pid:vid;pid:vid.
   *
   * 非关键属性不包含关键属性、销售属性、用户自定义属性、商品属性;
   *
   * 调用taobao.itemprops.get获取pid,调用taobao.itempropvalues.get获取vid.
   * 注:支持最大长度为512字节
   *
   * Max length: 512
   */
  binds?: string;
  /** 销售属性结构:pid:vid;pid:vid.调用taobao.itemprops.get获取is_sale_prop＝true的pid,调用taobao.itempropvalues.get获取vid. */
  sale_props?: string;
  /**
   * 用户自定义属性,结构：pid1:value1;pid2:value2，如果有型号，系列等子属性用: 隔开 例如：“20000:优衣库:型号:001;632501:1234”，表示“品牌:优衣库:型号:001;货号:1234”
   *
   * 注：包含所有自定义属性的传入
   */
  customer_props?: string;
  /** 产品描述.最大不超过25000个字符 */
  desc?: string;
  /** 是不是主图 */
  major?: boolean;
  /** native_unkeyprops */
  native_unkeyprops?: string;
  /** 上市时间。目前只支持鞋城类目传入此参数 */
  market_time?: DateInput;
  /** 销售属性值别名。格式为pid1:vid1:alias1;pid1:vid2:alia2。只有少数销售属性值支持传入别名，比如颜色和尺寸 */
  property_alias?: string;
}

/** Response of `taobao.product.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoProductAddResponse {
  /** 产品结构 */
  product?: TaobaoProductAddProduct;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Product` of `taobao.product.add`. */
export interface TaobaoProductAddProduct {
  /** 产品ID */
  product_id?: Int64;
  /** 创建时间.格式:yyyy-mm-dd hh:mm:ss */
  created?: string;
}

const REQUEST_SCHEMA = {
  cid: 'Number',
  name: 'String',
  price: 'String',
  image: 'byte[]',
  outer_id: 'String',
  props: 'String',
  binds: 'String',
  sale_props: 'String',
  customer_props: 'String',
  desc: 'String',
  major: 'Boolean',
  native_unkeyprops: 'String',
  market_time: 'Date',
  property_alias: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product: {
    product_id: 'Number',
    created: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.product.add`: method, response root, request and response schemas. */
export const taobaoProductAddOperation = {
  method: 'taobao.product.add',
  responseRoot: 'product_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上传一个产品，不包括产品非主图和属性图片 — calls TOP method `taobao.product.add`.
 *
 * 获取类目ID，必需是叶子类目ID；调用taobao.itemcats.get.v2获取
 * 传入关键属性,结构:pid:vid;pid:vid.调用taobao.itemprops.get.v2获取pid,
 * 调用taobao.itempropvalues.get获取vid;如果碰到用户自定义属性,请用customer_props.
 * 新增：套装产品发布，目前支持单件多个即 A*2 形式的套装
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoProductAdd(
  client: TopClient,
  request: TaobaoProductAddRequest,
  options?: CallOptions,
): Promise<TaobaoProductAddResponse> {
  return client.call<TaobaoProductAddResponse>(
    {
      method: 'taobao.product.add',
      responseRoot: 'product_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
