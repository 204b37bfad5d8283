// Generated from specs/wlb/taobao.wlb.item.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.item.query` (分页查询商品). */
export interface TaobaoWlbItemQueryRequest {
  /** 商品名称 */
  name?: string;
  /**
   * 商品前台销售名字
   *
   * Max length: 255
   */
  title?: string;
  /**
   * 商家编码
   *
   * Max length: 64
   */
  item_code?: string;
  /** 是否是最小库存单元，只有最小库存单元的商品才可以有库存,值只能给"true","false"来表示; 若值不在范围内，则按true处理 */
  is_sku?: string;
  /** 父ID,只有is_sku=1时才能有父ID，商品也可以没有付商品 */
  parent_id?: Int64Input;
  /** 只能输入以下值或空： ITEM_STATUS_VALID -- 1 表示 有效； ITEM_STATUS_LOCK -- 2 表示锁住。 若值不在范围内，按ITEM_STATUS_VALID处理 */
  status?: string;
  /** ITEM类型(只允许输入以下英文或空) NORMAL 0:普通商品; COMBINE 1:是否是组合商品 DISTRIBUTION 2:是否是分销商品(货主是别人) 若值不在范围内，则按NORMAL处理 */
  item_type?: string;
  /** 当前页 */
  page_no?: Int64Input;
  /** 分页记录个数，如果用户输入的记录数大于50，则一页显示50条记录 */
  page_size?: Int64Input;
}

/** Response of `taobao.wlb.item.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbItemQueryResponse {
  /** 结果总数 */
  total_count?: Int64;
  /** 商品信息列表 */
  item_list?: TaobaoWlbItemQueryWlbItem[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WlbItem` of `taobao.wlb.item.query`. */
export interface TaobaoWlbItemQueryWlbItem {
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
  name: 'String',
  title: 'String',
  item_code: 'String',
  is_sku: 'String',
  parent_id: 'Number',
  status: 'String',
  item_type: 'String',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_count: 'Number',
  item_list: [
    {
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
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.item.query`: method, response root, request and response schemas. */
export const taobaoWlbItemQueryOperation = {
  method: 'taobao.wlb.item.query',
  responseRoot: 'wlb_item_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页查询商品 — calls TOP method `taobao.wlb.item.query`.
 *
 * 根据状态、卖家、SKU等信息查询商品列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbItemQuery(
  client: TopClient,
  request: TaobaoWlbItemQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoWlbItemQueryResponse> {
  return client.call<TaobaoWlbItemQueryResponse>(
    {
      method: 'taobao.wlb.item.query',
      responseRoot: 'wlb_item_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
