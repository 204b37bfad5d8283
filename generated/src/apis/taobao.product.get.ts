// Generated from specs/product/taobao.product.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.product.get` (获取一个产品的信息). */
export interface TaobaoProductGetRequest {
  /** 需返回的字段列表.可选值:Product数据结构中的所有字段;多个字段之间用","分隔. */
  fields: string;
  /** Product的id.两种方式来查看一个产品:1.传入product_id来查询 2.传入cid和props来查询 */
  product_id?: Int64Input;
  /** 商品类目id.调用taobao.itemcats.get获取;必须是叶子类目id,如果没有传product_id,那么cid和props必须要传. */
  cid?: Int64Input;
  /** 比如:诺基亚N73这个产品的关键属性列表就是:品牌:诺基亚;型号:N73,对应的PV值就是10005:10027;10006:29729. */
  props?: string;
}

/** Response of `taobao.product.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoProductGetResponse {
  /** 返回具体信息为入参fields请求的字段信息 */
  product?: TaobaoProductGetProduct;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Product` of `taobao.product.get`. */
export interface TaobaoProductGetProduct {
  /** 产品ID */
  product_id?: Int64;
  /** 外部产品ID */
  outer_id?: string;
  /** 淘宝标准产品编码 */
  tsc?: string;
  /** 商品类目ID.必须是叶子类目ID */
  cid?: Int64;
  /** 商品类目名称 */
  cat_name?: string;
  /** 产品的关键属性列表.格式：pid:vid;pid:vid */
  props?: string;
  /**
   * 产品的关键属性字符串列表.比如:品牌:诺基亚;型号:N73(注：属性名称中的冒号":"被转换为："#cln#";
   * 分号";"被转换为："#scln#"
   * )
   */
  props_str?: string;
  /** 产品名称 */
  name?: string;
  /** 产品的非关键属性列表.格式:pid:vid;pid:vid. */
  binds?: string;
  /**
   * 产品的非关键属性字符串列表.格式同props_str(注：属性名称中的冒号":"被转换为："#cln#";
   * 分号";"被转换为："#scln#"
   * )
   */
  binds_str?: string;
  /** 产品的销售属性列表.格式:pid:vid;pid:vid */
  sale_props?: string;
  /**
   * 产品的销售属性字符串列表.格式同props_str(注：属性名称中的冒号":"被转换为："#cln#";
   * 分号";"被转换为："#scln#"
   * )
   */
  sale_props_str?: string;
  /** 产品的市场价.单位为元.精确到2位小数;如:200.07 */
  price?: string;
  /** 产品的描述.最大25000个字节 */
  desc?: string;
  /** 产品的主图片地址.(绝对地址,格式:http://host/image_path) */
  pic_url?: string;
  /** 创建时间.格式:yyyy-mm-dd hh:mm:ss */
  created?: string;
  /** 修改时间.格式:yyyy-mm-dd hh:mm:ss */
  modified?: string;
  /** 当前状态(0 商家确认 1 屏蔽 3 小二确认 2 未确认 -1 删除) */
  status?: Int64;
  /** 垂直市场,如：3（3C），4（鞋城） */
  vertical_market?: Int64;
  /** 销售属性值别名。格式为pid1:vid1:alias1;pid1:vid2:alia2。 */
  property_alias?: string;
  /** 用户自定义属性,结构：pid1:value1;pid2:value2 例如：“20000:优衣库”，表示“品牌:优衣库” */
  customer_props?: string;
  /** 产品卖点描述，长度限制20个汉字 */
  sell_pt?: string;
  /** 产品的子图片.目前最多支持4张。fields中设置为product_imgs.id、product_imgs.url、product_imgs.position 等形式就会返回相应的字段 */
  product_imgs?: TaobaoProductGetProductImg[];
  /**
   * 产品的属性图片.比如说黄色对应的产品图片,绿色对应的产品图片。fields中设置为product_prop_imgs.id、
   * product_prop_imgs.props、product_prop_imgs.url、product_prop_imgs.position等形式就会返回相应的字段
   */
  product_prop_imgs?: TaobaoProductGetProductPropImg[];
}

/** `ProductImg` of `taobao.product.get`. */
export interface TaobaoProductGetProductImg {
  /** 产品图片ID */
  id?: Int64;
  /** 图片所属产品的ID */
  product_id?: Int64;
  /** 图片地址.(绝对地址,格式:http://host/image_path) */
  url?: string;
  /** 图片序号。产品里的图片展示顺序，数据越小越靠前。要求是正整数。 */
  position?: Int64;
}

/** `ProductPropImg` of `taobao.product.get`. */
export interface TaobaoProductGetProductPropImg {
  /** 产品属性图片ID */
  id?: Int64;
  /** 图片所属产品的ID */
  product_id?: Int64;
  /** 属性串(pid:vid),目前只有颜色属性.如:颜色:红色表示为　1627207:28326 */
  props?: string;
  /** 图片地址.(绝对地址,格式:http://host/image_path) */
  url?: string;
  /** 图片序号。产品里的图片展示顺序，数据越小越靠前。要求是正整数。 */
  position?: Int64;
}

const REQUEST_SCHEMA = {
  fields: 'String',
  product_id: 'Number',
  cid: 'Number',
  props: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product: {
    product_id: 'Number',
    outer_id: 'String',
    tsc: 'String',
    cid: 'Number',
    cat_name: 'String',
    props: 'String',
    props_str: 'String',
    name: 'String',
    binds: 'String',
    binds_str: 'String',
    sale_props: 'String',
    sale_props_str: 'String',
    price: 'String',
    desc: 'String',
    pic_url: 'String',
    created: 'Date',
    modified: 'Date',
    status: 'Number',
    vertical_market: 'Number',
    property_alias: 'String',
    customer_props: 'String',
    sell_pt: 'String',
    product_imgs: [
      {
        id: 'Number',
        product_id: 'Number',
        url: 'String',
        position: 'Number',
      },
    ],
    product_prop_imgs: [
      {
        id: 'Number',
        product_id: 'Number',
        props: 'String',
        url: 'String',
        position: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.product.get`: method, response root, request and response schemas. */
export const taobaoProductGetOperation = {
  method: 'taobao.product.get',
  responseRoot: 'product_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取一个产品的信息 — calls TOP method `taobao.product.get`.
 *
 * 天猫商家发布商品时，查询关联产品信息时使用，非商品查询接口。商品查询接口：taobao.item.seller.get
 *
 * 两种方式查看一个产品详细信息:
 * 传入product_id来查询；传入cid和props来查询
 *
 * 点击查看更多商品API说明
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoProductGet(
  client: TopClient,
  request: TaobaoProductGetRequest,
  options?: CallOptions,
): Promise<TaobaoProductGetResponse> {
  return client.call<TaobaoProductGetResponse>(
    {
      method: 'taobao.product.get',
      responseRoot: 'product_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
