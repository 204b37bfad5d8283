// Generated from specs/tbitem/taobao.items.onsale.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.items.onsale.get` (获取当前会话用户出售中的商品列表). */
export interface TaobaoItemsOnsaleGetRequest {
  /** 需返回的字段列表。可选值：Item商品结构体中的以下字段： approve_status,num_iid,title,nick,type,cid,pic_url,num,props,valid_thru,list_time,price,has_discount,has_invoice,has_warranty,has_showcase,modified,delist_time,postage_id,seller_cids,outer_id,sold_quantity ；字段之间用“,”分隔。不支持其他字段，如果需要获取其他字段数据，调用taobao.item.seller.get 获取。 */
  fields: string;
  /** 搜索字段。搜索商品的title。 */
  q?: string;
  /** 商品类目ID。ItemCat中的cid字段。可以通过taobao.itemcats.get取到 */
  cid?: Int64Input;
  /** 卖家店铺内自定义类目ID。多个之间用“,”分隔。可以根据taobao.sellercats.list.get获得.(注：目前最多支持32个ID号传入) */
  seller_cids?: string;
  /** 页码。取值范围:大于零的整数。默认值为1,即默认返回第一页数据。用此接口获取数据时，当翻页获取的条数（page_no*page_size）超过10万,为了保护后台搜索引擎，接口将报错。所以请大家尽可能的细化自己的搜索条件，例如根据修改时间分段获取商品 */
  page_no?: Int64Input;
  /** 每页条数。取值范围:大于零的整数;最大值：200；默认值：40。用此接口获取数据时，当翻页获取的条数（page_no*page_size）超过2万,为了保护后台搜索引擎，接口将报错。所以请大家尽可能的细化自己的搜索条件，例如根据修改时间分段获取商品 */
  page_size?: Int64Input;
  /** 排序方式。格式为column:asc/desc ，column可选值:list_time(上架时间),delist_time(下架时间),num(商品数量)，modified(最近修改时间)，sold_quantity（商品销量）,;默认上架时间降序(即最新上架排在前面)。如按照上架时间降序排序方式为list_time:desc */
  order_by?: string;
  /** 是否参与会员折扣。可选值：true，false。默认不过滤该条件 */
  has_discount?: boolean;
  /** 是否橱窗推荐。 可选值：true，false。默认不过滤该条件 */
  has_showcase?: boolean;
  /** 商品是否在淘宝显示 */
  is_taobao?: boolean;
  /** 商品是否在外部网店显示 */
  is_ex?: boolean;
  /** 起始的修改时间 */
  start_modified?: DateInput;
  /** 结束的修改时间 */
  end_modified?: DateInput;
  /** 是否挂接了达尔文标准产品体系 */
  is_cspu?: boolean;
  /** 组合商品 */
  is_combine?: boolean;
  /** 商品类型：a-拍卖,b-一口价 */
  auction_type?: string;
}

/** Response of `taobao.items.onsale.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemsOnsaleGetResponse {
  /** 搜索到符合条件的结果总数 */
  total_results?: Int64;
  /** 搜索到的商品列表，具体字段根据设定的fields决定，不包括desc字段 */
  items?: TaobaoItemsOnsaleGetItem[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Item` of `taobao.items.onsale.get`. */
export interface TaobaoItemsOnsaleGetItem {
  /** 商品上传后的状态。onsale出售中，instock库中 */
  approve_status?: string;
  /** 商品iid */
  iid?: string;
  /** 商品数字id */
  num_iid?: Int64;
  /** 商品标题,不能超过60字节 */
  title?: string;
  /** 卖家昵称 */
  nick?: string;
  /** 商品类型(fixed:一口价;auction:拍卖)注：取消团购 */
  type?: string;
  /** 商品所属的叶子类目 id */
  cid?: Int64;
  /** 商品所属的店铺内卖家自定义类目列表 */
  seller_cids?: string;
  /** 商品主图片地址 */
  pic_url?: string;
  /** 商品数量 */
  num?: Int64;
  /** 商品属性 格式：pid:vid;pid:vid */
  props?: string;
  /** 有效期,7或者14（默认是7天） */
  valid_thru?: Int64;
  /** 上架时间（格式：yyyy-MM-dd HH:mm:ss） */
  list_time?: string;
  /** 商品价格，格式：5.00；单位：元；精确到：分 */
  price?: string;
  /** 支持会员打折,true/false */
  has_discount?: boolean;
  /** 是否有发票,true/false */
  has_invoice?: boolean;
  /** 是否有保修,true/false */
  has_warranty?: boolean;
  /** 橱窗推荐,true/false */
  has_showcase?: boolean;
  /** 商品修改时间（格式：yyyy-MM-dd HH:mm:ss） */
  modified?: string;
  /** 下架时间（格式：yyyy-MM-dd HH:mm:ss） */
  delist_time?: string;
  /** 宝贝所属的运费模板ID，如果没有返回则说明没有使用运费模板 */
  postage_id?: Int64;
  /** 商家外部编码(可与商家外部系统对接)。需要授权才能获取。 */
  outer_id?: string;
  /** 是否在外部网店显示 */
  is_ex?: boolean;
  /** 虚拟商品的状态字段 */
  is_virtual?: boolean;
  /** 是否在淘宝显示 */
  is_taobao?: boolean;
  /** 商品销量 */
  sold_quantity?: Int64;
  /** 是否为达尔文挂接成功了的商品 */
  is_cspu?: boolean;
  /** 商品首次上架时间 */
  first_starts_time?: string;
}

const REQUEST_SCHEMA = {
  fields: 'String',
  q: 'String',
  cid: 'Number',
  seller_cids: 'String',
  page_no: 'Number',
  page_size: 'Number',
  order_by: 'String',
  has_discount: 'Boolean',
  has_showcase: 'Boolean',
  is_taobao: 'Boolean',
  is_ex: 'Boolean',
  start_modified: 'Date',
  end_modified: 'Date',
  is_cspu: 'Boolean',
  is_combine: 'Boolean',
  auction_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  items: [
    {
      approve_status: 'String',
      iid: 'String',
      num_iid: 'Number',
      title: 'String',
      nick: 'String',
      type: 'String',
      cid: 'Number',
      seller_cids: 'String',
      pic_url: 'String',
      num: 'Number',
      props: 'String',
      valid_thru: 'Number',
      list_time: 'Date',
      price: 'String',
      has_discount: 'Boolean',
      has_invoice: 'Boolean',
      has_warranty: 'Boolean',
      has_showcase: 'Boolean',
      modified: 'Date',
      delist_time: 'Date',
      postage_id: 'Number',
      outer_id: 'String',
      is_ex: 'Boolean',
      is_virtual: 'Boolean',
      is_taobao: 'Boolean',
      sold_quantity: 'Number',
      is_cspu: 'Boolean',
      first_starts_time: 'Date',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.items.onsale.get`: method, response root, request and response schemas. */
export const taobaoItemsOnsaleGetOperation = {
  method: 'taobao.items.onsale.get',
  responseRoot: 'items_onsale_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取当前会话用户出售中的商品列表 — calls TOP method `taobao.items.onsale.get`.
 *
 * 获取当前用户作为卖家的出售中的商品列表，并能根据传入的搜索条件对出售中的商品列表进行过滤
 * 只能获得商品的部分信息，商品的详细信息请通过taobao.item.seller.get 获取
 *
 * 点击查看更多商品API说明
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemsOnsaleGet(
  client: TopClient,
  request: TaobaoItemsOnsaleGetRequest,
  options?: CallOptions,
): Promise<TaobaoItemsOnsaleGetResponse> {
  return client.call<TaobaoItemsOnsaleGetResponse>(
    {
      method: 'taobao.items.onsale.get',
      responseRoot: 'items_onsale_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
