// Generated from specs/simba/taobao.simba.adgroup.onlineitemsvon.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.adgroup.onlineitemsvon.get` (获取用户上架在线销售的全部宝贝). */
export interface TaobaoSimbaAdgroupOnlineitemsvonGetRequest {
  /** 推广单元类型 101001005代表标准推广，101001014代表销量明星推广 */
  product_id?: Int64Input;
  /** 主人昵称 */
  nick?: string;
  /** 排序字段，starts：按开始时间排序bidCount:按销量排序 */
  order_field?: string;
  /** 排序，true:降序， false:升序 */
  order_by?: boolean;
  /** 页尺寸，最大200 */
  page_size?: Int64Input;
  /** 页码，从1开始,最大50。最大只能获取1W个宝贝 */
  page_no?: Int64Input;
}

/** Response of `taobao.simba.adgroup.onlineitemsvon.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaAdgroupOnlineitemsvonGetResponse {
  /** 带分页的淘宝商品 */
  page_item?: TaobaoSimbaAdgroupOnlineitemsvonGetSubwayItemPartition;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SubwayItemPartition` of `taobao.simba.adgroup.onlineitemsvon.get`. */
export interface TaobaoSimbaAdgroupOnlineitemsvonGetSubwayItemPartition {
  /** 每页数据大小 */
  page_size?: Int64;
  /** 返回第几页的数据从1开始 */
  page_no?: Int64;
  /** 所查询的数据总数，只有当返回第一页数据时有值，当要求返回的数据非第一页时，此返回值无效 */
  total_item?: Int64;
  /** 商品列表 */
  item_list?: TaobaoSimbaAdgroupOnlineitemsvonGetSubwayItem[];
  /** 排序字段 */
  order_field?: string;
  /**
   * 排序，
   * True:升级False:降序
   */
  order_by?: boolean;
}

/** `SubwayItem` of `taobao.simba.adgroup.onlineitemsvon.get`. */
export interface TaobaoSimbaAdgroupOnlineitemsvonGetSubwayItem {
  /** 商品信息在外部系统（淘宝主站）的标题 */
  title?: string;
  /** 商品信息在外部系统(淘宝主站)的数字id */
  num_id?: Int64;
  /** 商品信息在外部系统（淘宝主站）的价格 */
  price?: string;
  /** imgUrl */
  img_url?: string;
  /** 扩展属性对象 */
  extra_attributes?: TaobaoSimbaAdgroupOnlineitemsvonGetExtraAttributes;
}

/** `ExtraAttributes` of `taobao.simba.adgroup.onlineitemsvon.get`. */
export interface TaobaoSimbaAdgroupOnlineitemsvonGetExtraAttributes {
  /** 商品在淘宝的发布时间 */
  publish_time?: string;
  /** 库存数量 */
  quantity?: Int64;
  /** 商品的累积销量 */
  sales_count?: Int64;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  nick: 'String',
  order_field: 'String',
  order_by: 'Boolean',
  page_size: 'Number',
  page_no: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  page_item: {
    page_size: 'Number',
    page_no: 'Number',
    total_item: 'Number',
    item_list: [
      {
        title: 'String',
        num_id: 'Number',
        price: 'String',
        img_url: 'String',
        extra_attributes: {
          publish_time: 'Date',
          quantity: 'Number',
          sales_count: 'Number',
        },
      },
    ],
    order_field: 'String',
    order_by: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.adgroup.onlineitemsvon.get`: method, response root, request and response schemas. */
export const taobaoSimbaAdgroupOnlineitemsvonGetOperation = {
  method: 'taobao.simba.adgroup.onlineitemsvon.get',
  responseRoot: 'simba_adgroup_onlineitemsvon_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取用户上架在线销售的全部宝贝 — calls TOP method `taobao.simba.adgroup.onlineitemsvon.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaAdgroupOnlineitemsvonGet(
  client: TopClient,
  request: TaobaoSimbaAdgroupOnlineitemsvonGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoSimbaAdgroupOnlineitemsvonGetResponse> {
  return client.call<TaobaoSimbaAdgroupOnlineitemsvonGetResponse>(
    {
      method: 'taobao.simba.adgroup.onlineitemsvon.get',
      responseRoot: 'simba_adgroup_onlineitemsvon_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
