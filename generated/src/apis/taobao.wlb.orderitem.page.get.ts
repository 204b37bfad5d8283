// Generated from specs/wlb/taobao.wlb.orderitem.page.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.orderitem.page.get` (分页查询物流宝订单商品详情). */
export interface TaobaoWlbOrderitemPageGetRequest {
  /** 物流宝订单编码 */
  order_code: string;
  /** 分页查询参数，指定查询页数，默认为1 */
  page_no?: Int64Input;
  /** 分页查询参数，每页查询数量，默认20，最大值50,大于50时按照50条查询 */
  page_size?: Int64Input;
}

/** Response of `taobao.wlb.orderitem.page.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbOrderitemPageGetResponse {
  /** 系统自动生成 */
  order_item_list?: TaobaoWlbOrderitemPageGetWlbOrderItem[];
  /** 总数量 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WlbOrderItem` of `taobao.wlb.orderitem.page.get`. */
export interface TaobaoWlbOrderitemPageGetWlbOrderItem {
  /** 订单商品id */
  id?: Int64;
  /** 订单商品用户id */
  user_id?: Int64;
  /** 订单商品用户昵称 */
  user_nick?: string;
  /**
   * INVENTORY_TYPE_SELL 可销库存
   * INVENTORY_TYPE_IMPERFECTIONS 残次库存
   * INVENTORY_TYPE_FREEZE 冻结库存
   * INVENTORY_TYPE_ON_PASSAGE 在途库存
   * INVENTORY_TYPE_ENGINE_DAMAGE 机损
   * INVENTORY_TYPE_BOX_DAMAGE 箱损
   */
  inventory_type?: string;
  /** 物流宝订单id */
  order_id?: Int64;
  /** 物流宝订单编码 */
  order_code?: string;
  /** (1)其它: OTHER (2)淘宝交易: TAOBAO (3)调拨: ALLOCATION (4)盘点:CHECK (5)销售采购:PRUCHASE(6)其它交易：OTHER_TRADE */
  order_sub_type?: string;
  /** 订单号 */
  order_sub_code?: string;
  /** 子交易号 */
  order_sub_2code?: string;
  /** 物流宝订单商品的物流宝商品id */
  item_id?: Int64;
  /** 订单商品名称 */
  item_name?: string;
  /** 订单商品编码 */
  item_code?: string;
  /** 货主id */
  provider_tp_id?: Int64;
  /** 货主nick */
  provider_tp_nick?: string;
  /** 计划数量 */
  plan_quantity?: Int64;
  /** 实际数量 */
  real_quantity?: Int64;
  /** 商品价格 */
  item_price?: Int64;
  /**
   * 物流宝订单确认状态：
   * NO_NEED_CONFIRM--不需要确认
   * WAIT_CONFIRM--待确认
   * CONFIRMED--已确认
   */
  confirm_status?: string;
  /** 商品发布版本号 */
  publish_version?: Int64;
  /** 批次号备注 */
  batch_remark?: string;
  /** 订单商品图片url */
  picture_url?: string;
  /** 外部实体id */
  ext_entity_id?: string;
  /** 订单商品备注 */
  remark?: string;
}

const REQUEST_SCHEMA = {
  order_code: 'String',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  order_item_list: [
    {
      id: 'Number',
      user_id: 'Number',
      user_nick: 'String',
      inventory_type: 'String',
      order_id: 'Number',
      order_code: 'String',
      order_sub_type: 'String',
      order_sub_code: 'String',
      order_sub_2code: 'String',
      item_id: 'Number',
      item_name: 'String',
      item_code: 'String',
      provider_tp_id: 'Number',
      provider_tp_nick: 'String',
      plan_quantity: 'Number',
      real_quantity: 'Number',
      item_price: 'Number',
      confirm_status: 'String',
      publish_version: 'Number',
      batch_remark: 'String',
      picture_url: 'String',
      ext_entity_id: 'String',
      remark: 'String',
    },
  ],
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.orderitem.page.get`: method, response root, request and response schemas. */
export const taobaoWlbOrderitemPageGetOperation = {
  method: 'taobao.wlb.orderitem.page.get',
  responseRoot: 'wlb_orderitem_page_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页查询物流宝订单商品详情 — calls TOP method `taobao.wlb.orderitem.page.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbOrderitemPageGet(
  client: TopClient,
  request: TaobaoWlbOrderitemPageGetRequest,
  options?: CallOptions,
): Promise<TaobaoWlbOrderitemPageGetResponse> {
  return client.call<TaobaoWlbOrderitemPageGetResponse>(
    {
      method: 'taobao.wlb.orderitem.page.get',
      responseRoot: 'wlb_orderitem_page_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
