// Generated from specs/wms/taobao.wlb.wms.inventory.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.wms.inventory.query` (菜鸟商品库存查询). */
export interface TaobaoWlbWmsInventoryQueryRequest {
  /** 每页多少条，最大50条 */
  page_size?: Int64Input;
  /** 分页的第几页 */
  page_no?: Int64Input;
  /** 渠道编码，type=3时字段传值有效。（TB 淘系， OTHERS 其他） */
  channel_code?: string;
  /** 失效日期，type=2时字段传值有效。 */
  due_date?: DateInput;
  /** 生产日期，type=2时字段传值有效。 */
  produce_date?: DateInput;
  /** 库存批次号，type=2时字段传值有效。 商品设置为批次管理时，商品产生批次库存。当商品为批次管理时，此字段不传值，返回所有批次库存信息。 */
  batch_code?: string;
  /** 库存查询类型 1- 汇总库存，不区分批次和渠道 2- 批次库存，库存按商品批次维度划分 3- 渠道库存，库存按渠道维度划分 （当前业务不支持批次库存和渠道库存共存，批次库存无渠道属性，渠道库存无批次属性） */
  type?: Int64Input;
  /** 库存类型。 (1 正品 101 残次 102 机损 103 箱损 201 冻结库存 301 在途库存 ) */
  inventory_type?: Int64Input;
  /** 仓库编码 */
  store_code?: string;
  /** 菜鸟商品ID */
  item_id?: string;
}

/** Response of `taobao.wlb.wms.inventory.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWmsInventoryQueryResponse {
  /** 商品详情列表 */
  item_list?: TaobaoWlbWmsInventoryQueryWmsInventoryQueryItemlist[];
  /** 总数 */
  total_count?: Int64;
  /** 错误代码 */
  wl_error_code?: string;
  /** 错误信息 */
  wl_error_msg?: string;
  /** 是否成功 */
  wl_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WmsInventoryQueryItemlist` of `taobao.wlb.wms.inventory.query`. */
export interface TaobaoWlbWmsInventoryQueryWmsInventoryQueryItemlist {
  /** 商品详情 */
  item?: TaobaoWlbWmsInventoryQueryWmsInventoryQueryItem;
}

/** `WmsInventoryQueryItem` of `taobao.wlb.wms.inventory.query`. */
export interface TaobaoWlbWmsInventoryQueryWmsInventoryQueryItem {
  /** 锁库存数量 */
  lock_quantity?: Int64;
  /** 库存数量 */
  quantity?: Int64;
  /** 失效日期，type=2时字段有返回值。 */
  due_date?: string;
  /** 生产日期，type=2时字段有返回值 */
  produce_date?: string;
  /** 库存批次号，type=2时字段有返回值。 */
  batch_code?: string;
  /** 渠道编码，type=3时字段有返回值。（TB 淘系，OTHERS 其他） */
  channel_code?: string;
  /** 库存类型(1 正品 101 残次 102 机损 103 箱损 201 冻结库存 301 在途库存 ) */
  inventory_type?: Int64;
  /** 商品ID */
  item_id?: string;
  /** 仓库编码 */
  store_code?: string;
}

const REQUEST_SCHEMA = {
  page_size: 'Number',
  page_no: 'Number',
  channel_code: 'String',
  due_date: 'Date',
  produce_date: 'Date',
  batch_code: 'String',
  type: 'Number',
  inventory_type: 'Number',
  store_code: 'String',
  item_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item_list: [
    {
      item: {
        lock_quantity: 'Number',
        quantity: 'Number',
        due_date: 'Date',
        produce_date: 'Date',
        batch_code: 'String',
        channel_code: 'String',
        inventory_type: 'Number',
        item_id: 'String',
        store_code: 'String',
      },
    },
  ],
  total_count: 'Number',
  wl_error_code: 'String',
  wl_error_msg: 'String',
  wl_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.wms.inventory.query`: method, response root, request and response schemas. */
export const taobaoWlbWmsInventoryQueryOperation = {
  method: 'taobao.wlb.wms.inventory.query',
  responseRoot: 'wlb_wms_inventory_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 菜鸟商品库存查询 — calls TOP method `taobao.wlb.wms.inventory.query`.
 *
 * 支持按汇总（不分批次和渠道的总的库存数量）、渠道、批次三类方式查询商品实时库存
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWmsInventoryQuery(
  client: TopClient,
  request: TaobaoWlbWmsInventoryQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoWlbWmsInventoryQueryResponse> {
  return client.call<TaobaoWlbWmsInventoryQueryResponse>(
    {
      method: 'taobao.wlb.wms.inventory.query',
      responseRoot: 'wlb_wms_inventory_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
