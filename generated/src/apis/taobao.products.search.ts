// Generated from specs/product/taobao.products.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.products.search` (搜索产品信息). */
export interface TaobaoProductsSearchRequest {
  /**
   * 需返回的字段列表.可选值:Product数据结构中的以下字段:product_id,name,pic_url,cid,props,price,tsc;多个字段之间用","分隔.新增字段status(product的当前状态)
   *
   * Max list size: 20
   */
  fields: string[];
  /** 搜索的关键词是用来搜索产品的title.　注:q,cid和props至少传入一个 */
  q?: string;
  /** 商品类目ID.调用taobao.itemcats.get获取. */
  cid?: Int64Input;
  /**
   * 属性,属性值的组合.格式:pid:vid;pid:vid;调用taobao.itemprops.get获取类目属性pid
   * ,再用taobao.itempropvalues.get取得vid.
   */
  props?: string;
  /**
   * 想要获取的产品的状态列表，支持多个状态并列获取，多个状态之间用","分隔，最多同时指定5种状态。例如，只获取小二确认的spu传入"3",只要商家确认的传入"0"，既要小二确认又要商家确认的传入"0,3"。目前只支持者两种类型的状态搜索，输入其他状态无效。
   *
   * Max length: 20
   */
  status?: string;
  /** 页码.传入值为1代表第一页,传入值为2代表第二页,依此类推.默认返回的数据是从第一页开始. */
  page_no?: Int64Input;
  /** 每页条数.每页返回最多返回100条,默认值为40. */
  page_size?: Int64Input;
  /** 传入值为：3表示3C表示3C垂直市场产品，4表示鞋城垂直市场产品，8表示网游垂直市场产品。一次只能指定一种垂直市场类型 */
  vertical_market?: Int64Input;
  /** 用户自定义关键属性,结构：pid1:value1;pid2:value2，如果有型号，系列等子属性用: 隔开 例如：“20000:优衣库:型号:001;632501:1234”，表示“品牌:优衣库:型号:001;货号:1234” */
  customer_props?: string;
  /** 按关联产品规格specs搜索套装产品 */
  suite_items_str?: string;
  /** 按条码搜索产品信息,多个逗号隔开，不支持条码为全零的方式 */
  barcode_str?: string;
  /** 市场ID，1为取C2C市场的产品信息， 2为取B2C市场的产品信息。 不填写此值则默认取C2C的产品信息。 */
  market_id?: string;
}

/** Response of `taobao.products.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoProductsSearchResponse {
  /** 结果总数 */
  total_results?: Int64;
  /** 返回具体信息为入参fields请求的字段信息 */
  products?: TaobaoProductsSearchProduct[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Product` of `taobao.products.search`. */
export interface TaobaoProductsSearchProduct {
  /** 产品ID */
  product_id?: Int64;
  /** 产品名称 */
  name?: string;
  /** 产品的主图片地址.(绝对地址,格式:http://host/image_path) */
  pic_url?: string;
  /** 商品类目ID.必须是叶子类目ID */
  cid?: Int64;
  /** 产品的关键属性列表.格式：pid:vid;pid:vid */
  props?: string;
  /** 产品的市场价.单位为元.精确到2位小数;如:200.07 */
  price?: string;
  /** 淘宝标准产品编码 */
  tsc?: string;
  /** 当前状态(0 商家确认 1 屏蔽 3 小二确认 2 未确认 -1 删除) */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  fields: ['String'],
  q: 'String',
  cid: 'Number',
  props: 'String',
  status: 'String',
  page_no: 'Number',
  page_size: 'Number',
  vertical_market: 'Number',
  customer_props: 'String',
  suite_items_str: 'String',
  barcode_str: 'String',
  market_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  products: [
    {
      product_id: 'Number',
      name: 'String',
      pic_url: 'String',
      cid: 'Number',
      props: 'String',
      price: 'String',
      tsc: 'String',
      status: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.products.search`: method, response root, request and response schemas. */
export const taobaoProductsSearchOperation = {
  method: 'taobao.products.search',
  responseRoot: 'products_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 搜索产品信息 — calls TOP method `taobao.products.search`.
 *
 * 只有天猫商家发布商品时才需要用到，并非商品搜索api，当前暂不提供商品搜索api。
 * 二种方式搜索所有产品信息(二种至少传一种):
 *
 * 传入关键字q搜索
 *
 * 传入cid和props搜索
 *
 * 返回值支持:product_id,name,pic_path,cid,props,price,tsc
 *
 * 当用户指定了cid并且cid为垂直市场（3C电器城、鞋城）的类目id时，默认只返回小二确认
 * 的产品。如果用户没有指定cid，或cid为普通的类目，默认返回商家确认或小二确认的产
 * 品。如果用户自定了status字段，以指定的status类型为准。
 *
 * 新增一：
 * 传入suite_items_str 按规格搜索套装产品。
 * 返回字段增加suite_items_str,is_suite_effecitve支持。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoProductsSearch(
  client: TopClient,
  request: TaobaoProductsSearchRequest,
  options?: CallOptions,
): Promise<TaobaoProductsSearchResponse> {
  return client.call<TaobaoProductsSearchResponse>(
    {
      method: 'taobao.products.search',
      responseRoot: 'products_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
