// Generated from specs/wlb/taobao.wlb.inventorylog.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.inventorylog.query` (根据商品ID查询所有库存变更记录). */
export interface TaobaoWlbInventorylogQueryRequest {
  /** 商品ID */
  item_id?: Int64Input;
  /** 仓库编码 */
  store_code?: string;
  /** 单号 */
  order_code?: string;
  /** 起始修改时间,大于等于该时间 */
  gmt_start?: DateInput;
  /** 结束修改时间,小于等于该时间 */
  gmt_end?: DateInput;
  /** 当前页 */
  page_no?: Int64Input;
  /** 分页记录个数 */
  page_size?: Int64Input;
  /** 可指定授权的用户来查询 */
  op_user_id?: Int64Input;
  /** 库存操作作类型(可以为空) CHU_KU 1-出库 RU_KU 2-入库 FREEZE 3-冻结 THAW 4-解冻 CHECK_FREEZE 5-冻结确认 CHANGE_KU 6-库存类型变更 若值不在范围内，则按CHU_KU处理 */
  op_type?: string;
}

/** Response of `taobao.wlb.inventorylog.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbInventorylogQueryResponse {
  /** 记录数 */
  total_count?: Int64;
  /** 库存变更记录 */
  inventory_log_list?: TaobaoWlbInventorylogQueryWlbItemInventoryLog[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WlbItemInventoryLog` of `taobao.wlb.inventorylog.query`. */
export interface TaobaoWlbInventorylogQueryWlbItemInventoryLog {
  /** 库存变更ID */
  id?: Int64;
  /** 用户ID */
  user_id?: Int64;
  /** 库存操作作类型CHU_KU 1-出库RU_KU 2-入库FREEZE 3-冻结THAW 4-解冻CHECK_FREEZE 5-冻结确认CHANGE_KU 6-库存类型变更 */
  op_type?: string;
  /** 库存操作者ID */
  op_user_id?: Int64;
  /** 商品ID */
  item_id?: Int64;
  /** 批次号 */
  batch_code?: string;
  /** 仓库编码 */
  store_code?: string;
  /** 备注 */
  remark?: string;
  /** 订单号 */
  order_code?: string;
  /** 订单商品ID */
  order_item_id?: Int64;
  /** 处理数量变化值 */
  quantity?: Int64;
  /** 创建日期 */
  gmt_create?: string;
  /** 结果值 */
  result_quantity?: Int64;
  /** VENDIBLE 1-可销售;FREEZE 201-冻结库存;ONWAY 301-在途库存;DEFECT 101-残存品;ENGINE_DAMAGE 102-机损;BOX_DAMAGE 103-箱损 */
  invent_type?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  store_code: 'String',
  order_code: 'String',
  gmt_start: 'Date',
  gmt_end: 'Date',
  page_no: 'Number',
  page_size: 'Number',
  op_user_id: 'Number',
  op_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_count: 'Number',
  inventory_log_list: [
    {
      id: 'Number',
      user_id: 'Number',
      op_type: 'String',
      op_user_id: 'Number',
      item_id: 'Number',
      batch_code: 'String',
      store_code: 'String',
      remark: 'String',
      order_code: 'String',
      order_item_id: 'Number',
      quantity: 'Number',
      gmt_create: 'Date',
      result_quantity: 'Number',
      invent_type: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.inventorylog.query`: method, response root, request and response schemas. */
export const taobaoWlbInventorylogQueryOperation = {
  method: 'taobao.wlb.inventorylog.query',
  responseRoot: 'wlb_inventorylog_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据商品ID查询所有库存变更记录 — calls TOP method `taobao.wlb.inventorylog.query`.
 *
 * 通过商品ID等几个条件来分页查询库存变更记录
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbInventorylogQuery(
  client: TopClient,
  request: TaobaoWlbInventorylogQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoWlbInventorylogQueryResponse> {
  return client.call<TaobaoWlbInventorylogQueryResponse>(
    {
      method: 'taobao.wlb.inventorylog.query',
      responseRoot: 'wlb_inventorylog_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
