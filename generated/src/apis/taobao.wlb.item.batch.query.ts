// Generated from specs/wlb/taobao.wlb.item.batch.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.item.batch.query` (批次库存查询接口). */
export interface TaobaoWlbItemBatchQueryRequest {
  /** 需要查询的商品ID列表，以字符串表示，ID间以;隔开 */
  item_ids: string;
  /** 仓库编号 */
  store_code?: string;
  /** 分页查询参数，指定查询页数，默认为1 */
  page_no?: Int64Input;
  /** 分页查询参数，每页查询数量，默认20，最大值50,大于50时按照50条查询 */
  page_size?: Int64Input;
}

/** Response of `taobao.wlb.item.batch.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbItemBatchQueryResponse {
  /** 返回结果记录的数量 */
  total_count?: Int64;
  /** 商品库存及批次信息查询结果 */
  item_inventory_batch_list?: TaobaoWlbItemBatchQueryWlbItemBatchInventory[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WlbItemBatchInventory` of `taobao.wlb.item.batch.query`. */
export interface TaobaoWlbItemBatchQueryWlbItemBatchInventory {
  /** 商品ID */
  item_id?: Int64;
  /** 商品在所有仓库的可销库存总数 */
  total_quantity?: Int64;
  /** 批次库存查询结果 */
  item_batch?: TaobaoWlbItemBatchQueryWlbItemBatch[];
  /** 商品库存查询结果 */
  item_inventorys?: TaobaoWlbItemBatchQueryWlbItemInventory[];
}

/** `WlbItemBatch` of `taobao.wlb.item.batch.query`. */
export interface TaobaoWlbItemBatchQueryWlbItemBatch {
  /** 商品批次记录id */
  id?: Int64;
  /** 用户id */
  user_id?: Int64;
  /** 商品id */
  item_id?: Int64;
  /** 商品数量 */
  quantity?: Int64;
  /** 残次数量 */
  defect_quantity?: Int64;
  /** 存储类型 */
  store_code?: string;
  /** 批次编号 */
  batch_code?: string;
  /** 生产编号 */
  produce_code?: string;
  /** 到期时间 */
  due_date?: string;
  /** 生产日期 */
  produce_date?: string;
  /** 接受日期 */
  receive_date?: string;
  /** 保质期 */
  guarantee_period?: string;
  /** 天（单位） */
  guarantee_unit?: Int64;
  /** 产地 */
  produce_area?: string;
  /** 描述 */
  remarks?: string;
  /** 状态。item_batch_status_open:开放 item_batch_status_lock:冻结 item_batch_status_invalid:无效 */
  status?: string;
}

/** `WlbItemInventory` of `taobao.wlb.item.batch.query`. */
export interface TaobaoWlbItemBatchQueryWlbItemInventory {
  /** 商品id */
  item_id?: Int64;
  /** 库存数量 */
  quantity?: Int64;
  /** 锁定库存数量 */
  lock_quantity?: Int64;
  /** 仓库编码 */
  store_code?: string;
  /**
   * SELLALBE 可销售库存
   * DEFECTIVE 残次
   * JISHUN 机损
   * XIANGSHUN 箱损
   * FREEZE 冻结库存
   * ONROAD 在途库存
   */
  type?: string;
}

const REQUEST_SCHEMA = {
  item_ids: 'String',
  store_code: 'String',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_count: 'Number',
  item_inventory_batch_list: [
    {
      item_id: 'Number',
      total_quantity: 'Number',
      item_batch: [
        {
          id: 'Number',
          user_id: 'Number',
          item_id: 'Number',
          quantity: 'Number',
          defect_quantity: 'Number',
          store_code: 'String',
          batch_code: 'String',
          produce_code: 'String',
          due_date: 'Date',
          produce_date: 'Date',
          receive_date: 'Date',
          guarantee_period: 'String',
          guarantee_unit: 'Number',
          produce_area: 'String',
          remarks: 'String',
          status: 'String',
        },
      ],
      item_inventorys: [
        {
          item_id: 'Number',
          quantity: 'Number',
          lock_quantity: 'Number',
          store_code: 'String',
          type: 'String',
        },
      ],
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.item.batch.query`: method, response root, request and response schemas. */
export const taobaoWlbItemBatchQueryOperation = {
  method: 'taobao.wlb.item.batch.query',
  responseRoot: 'wlb_item_batch_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批次库存查询接口 — calls TOP method `taobao.wlb.item.batch.query`.
 *
 * 根据用户id，item id list和store code来查询商品库存信息和批次信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbItemBatchQuery(
  client: TopClient,
  request: TaobaoWlbItemBatchQueryRequest,
  options?: CallOptions,
): Promise<TaobaoWlbItemBatchQueryResponse> {
  return client.call<TaobaoWlbItemBatchQueryResponse>(
    {
      method: 'taobao.wlb.item.batch.query',
      responseRoot: 'wlb_item_batch_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
