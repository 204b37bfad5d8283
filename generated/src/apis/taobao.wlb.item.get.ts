// Generated from specs/wlb/taobao.wlb.item.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.item.get` (根据商品ID获取商品信息). */
export interface TaobaoWlbItemGetRequest {
  /**
   * 商品ID
   *
   * Max length: 20
   */
  item_id: Int64Input;
}

/** Response of `taobao.wlb.item.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbItemGetResponse {
  /** 商品信息 */
  item?: TaobaoWlbItemGetWlbItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WlbItem` of `taobao.wlb.item.get`. */
export interface TaobaoWlbItemGetWlbItem {
  /** 商品id */
  id?: Int64;
  /** 商品所有人淘宝ID */
  user_id?: Int64;
  /** 商品所有人淘宝nick */
  user_nick?: string;
  /** 商品的名称 */
  name?: string;
  /** 前台商品名称 */
  title?: string;
  /** 商家编码 */
  item_code?: string;
  /**
   * 是不是sku商品
   * 值为true或false
   */
  is_sku?: boolean;
  /**
   * 标记，用逗号隔开的字符串。
   * BIT_HAS_AUTHORIZE 第1位 是否有授权规则;
   * BATCH 第2位 是否有批次规则；
   * SYNCHRONIZATION 第3位 是否有同步规则。
   */
  flag?: string;
  /**
   * 商品类型：
   * NORMAL--普通类型;
   * COMBINE--组合商品;
   * DISTRIBUTION--分销商品;
   * 默认为NORMAL
   */
  type?: string;
  /** 商品备注 */
  remark?: string;
  /**
   * 父item的id，当item为物流宝子商品时，parent_id必填,否则不必填
   * 可通过父ID来得知商品的关系。
   */
  parent_id?: Int64;
  /** 状态，item_status_valid -- 1 表示 有效 item_status_lock -- 2 表示锁住 */
  status?: string;
  /** 发布版本号，用来同步商 */
  publish_version?: Int64;
  /** 创建人 */
  creator?: string;
  /** 品牌ID */
  brand_id?: Int64;
  /** 创建日期 */
  gmt_create?: string;
  /** 最后修改人 */
  last_modifier?: string;
  /** 修改日期 */
  gmt_modified?: string;
  /** 属性key:value; key:value */
  properties?: string;
  /** 是否易碎 */
  is_friable?: boolean;
  /** 是否危险品 */
  is_dangerous?: boolean;
  /** 颜色 */
  color?: string;
  /** 重量 */
  weight?: Int64;
  /** mm */
  length?: Int64;
  /** 宽 */
  width?: Int64;
  /** 高 */
  height?: Int64;
  /** 立方mm */
  volume?: Int64;
  /** 货类 */
  goods_cat?: string;
  /** 计价货类 */
  pricing_cat?: string;
  /** 包装材料 */
  package_material?: string;
  /** 价格 */
  price?: Int64;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item: {
    id: 'Number',
    user_id: 'Number',
    user_nick: 'String',
    name: 'String',
    title: 'String',
    item_code: 'String',
    is_sku: 'Boolean',
    flag: 'String',
    type: 'String',
    remark: 'String',
    parent_id: 'Number',
    status: 'String',
    publish_version: 'Number',
    creator: 'String',
    brand_id: 'Number',
    gmt_create: 'Date',
    last_modifier: 'String',
    gmt_modified: 'Date',
    properties: 'String',
    is_friable: 'Boolean',
    is_dangerous: 'Boolean',
    color: 'String',
    weight: 'Number',
    length: 'Number',
    width: 'Number',
    height: 'Number',
    volume: 'Number',
    goods_cat: 'String',
    pricing_cat: 'String',
    package_material: 'String',
    price: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.item.get`: method, response root, request and response schemas. */
export const taobaoWlbItemGetOperation = {
  method: 'taobao.wlb.item.get',
  responseRoot: 'wlb_item_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据商品ID获取商品信息 — calls TOP method `taobao.wlb.item.get`.
 *
 * 根据商品ID获取商品信息,除了获取商品信息外还可获取商品属性信息和库存信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbItemGet(
  client: TopClient,
  request: TaobaoWlbItemGetRequest,
  options?: CallOptions,
): Promise<TaobaoWlbItemGetResponse> {
  return client.call<TaobaoWlbItemGetResponse>(
    {
      method: 'taobao.wlb.item.get',
      responseRoot: 'wlb_item_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
