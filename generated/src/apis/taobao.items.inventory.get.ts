// Generated from specs/tbitem/taobao.items.inventory.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.items.inventory.get` (得到当前会话用户库存中的商品列表). */
export interface TaobaoItemsInventoryGetRequest {
  /**
   * 需返回的字段列表。可选值为 Item 商品结构体中的以下字段：
   * approve_status,num_iid,title,nick,type,cid,pic_url,num,props,valid_thru, list_time,price,has_discount,has_invoice,has_warranty,has_showcase, modified,delist_time,postage_id,seller_cids,outer_id；字段之间用“,”分隔。
   *
   * 不支持其他字段，如果需要获取其他字段数据，调用taobao.item.seller.get。
   */
  fields: string;
  /** 搜索字段。搜索商品的title。 */
  q?: string;
  /** 商品类目ID。ItemCat中的cid字段。可以通过taobao.itemcats.get取到 */
  cid?: Int64Input;
  /** 卖家店铺内自定义类目ID。多个之间用“,”分隔。可以根据taobao.sellercats.list.get获得.(注：目前最多支持32个ID号传入) */
  seller_cids?: string;
  /** 页码。取值范围:大于零小于等于101的整数;默认值为1，即返回第一页数据。当页码超过101页时系统就会报错，故请大家在用此接口获取数据时尽可能的细化自己的搜索条件，例如根据修改时间分段获取商品。 */
  page_no?: Int64Input;
  /** 每页条数。取值范围:大于零的整数;最大值：200；默认值：40。 */
  page_size?: Int64Input;
  /** 排序方式。格式为column:asc/desc ，column可选值:list_time(上架时间),delist_time(下架时间),num(商品数量)，modified(最近修改时间);默认上架时间降序(即最新上架排在前面)。如按照上架时间降序排序方式为list_time:desc */
  order_by?: string;
  /** 是否参与会员折扣。可选值：true，false。默认不过滤该条件 */
  has_discount?: boolean;
  /** 商品是否在淘宝显示 */
  is_taobao?: boolean;
  /** 商品是否在外部网店显示 */
  is_ex?: boolean;
  /**
   * 分类字段。可选值:
   *
   * regular_shelved(定时上架)
   *
   * never_on_shelf(从未上架)
   *
   * off_shelf(我下架的)
   *
   * for_shelved(等待所有上架)
   *
   * sold_out(全部卖完)
   *
   * violation_off_shelf(违规下架的)
   *
   * 默认查询for_shelved(等待所有上架)这个状态的商品
   *
   * 注：for_shelved(等待所有上架)=regular_shelved(定时上架)+never_on_shelf(从未上架)+off_shelf(我下架的)
   */
  banner?: string;
  /** 商品起始修改时间 */
  start_modified?: DateInput;
  /** 商品结束修改时间 */
  end_modified?: DateInput;
  /** 商品类型：a-拍卖,b-一口价 */
  auction_type?: string;
}

/** Response of `taobao.items.inventory.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemsInventoryGetResponse {
  /** 搜索到底商品列表，具体字段根据设定的fields决定，不包括desc,stuff_status字段 */
  items?: TaobaoItemsInventoryGetItem[];
  /** 搜索到符合条件的结果总数 */
  total_results?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Item` of `taobao.items.inventory.get`. */
export interface TaobaoItemsInventoryGetItem {
  /** 商品上传后的状态。onsale出售中，instock库中 */
  approve_status?: string;
  /** 商品id(注意：iid近期即将废弃，请用num_iid参数) */
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
  /** 有效期,7或者14（默认是14天） */
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
  /** 商家外部编码(可与商家外部系统对接) */
  outer_id?: string;
  /** 是否在淘宝显示 */
  is_taobao?: boolean;
  /** 是否在外部网店显示 */
  is_ex?: boolean;
  /** 虚拟商品的状态字段 */
  is_virtual?: boolean;
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
  is_taobao: 'Boolean',
  is_ex: 'Boolean',
  banner: 'String',
  start_modified: 'Date',
  end_modified: 'Date',
  auction_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
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
      is_taobao: 'Boolean',
      is_ex: 'Boolean',
      is_virtual: 'Boolean',
      first_starts_time: 'Date',
    },
  ],
  total_results: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.items.inventory.get`: method, response root, request and response schemas. */
export const taobaoItemsInventoryGetOperation = {
  method: 'taobao.items.inventory.get',
  responseRoot: 'items_inventory_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 得到当前会话用户库存中的商品列表 — calls TOP method `taobao.items.inventory.get`.
 *
 * 获取当前用户作为卖家的仓库中的商品列表，并能根据传入的搜索条件对仓库中的商品列表进行过滤
 * 只能获得商品的部分信息，商品的详细信息请通过taobao.item.seller.get获取
 *
 * 点击查看更多商品API说明
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemsInventoryGet(
  client: TopClient,
  request: TaobaoItemsInventoryGetRequest,
  options?: CallOptions,
): Promise<TaobaoItemsInventoryGetResponse> {
  return client.call<TaobaoItemsInventoryGetResponse>(
    {
      method: 'taobao.items.inventory.get',
      responseRoot: 'items_inventory_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
