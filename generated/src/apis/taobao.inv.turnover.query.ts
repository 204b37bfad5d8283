// Generated from specs/ascpchannel/taobao.inv.turnover.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.inv.turnover.query` (业务库存流水查询). */
export interface TaobaoInvTurnoverQueryRequest {
  /** 货品ID */
  sc_item_id: string;
  /** 仓编码 */
  store_code?: string;
  /**
   * 库存类型
   *
   * Max list size: 999
   */
  inventory_type?: string[];
  /** 单据类型 */
  activity_type?: string;
  /** 开始时间 */
  sdate?: string;
  /** 结束时间 */
  edate?: string;
  /** 查询页 */
  page_index?: string;
  /** 单页记录数 */
  page_size?: string;
}

/** Response of `taobao.inv.turnover.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoInvTurnoverQueryResponse {
  /** 接口返回model */
  result?: TaobaoInvTurnoverQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.inv.turnover.query`. */
export interface TaobaoInvTurnoverQueryResult {
  /** 查询页 */
  page_index?: string;
  /** 单页记录数 */
  page_size?: string;
  /** 总记录数 */
  total_count?: string;
  /** 当前页数 */
  current_page_count?: string;
  /** 总页数 */
  total_page?: string;
  /** 流水信息<明细> */
  data_list?: TaobaoInvTurnoverQueryData[];
}

/** `Data` of `taobao.inv.turnover.query`. */
export interface TaobaoInvTurnoverQueryData {
  /** 明细 */
  bussiness_inventory_log?: TaobaoInvTurnoverQueryBussinessInventoryLog;
}

/** `BussinessInventoryLog` of `taobao.inv.turnover.query`. */
export interface TaobaoInvTurnoverQueryBussinessInventoryLog {
  /** 库存类型（包含在仓，不包含在途和物流差异 */
  inventory_type?: string;
  /** 货品编码 */
  sc_item_code?: string;
  /** 库存出入库数量 */
  change_quantity?: string;
  /** 货品ID */
  sc_item_id?: string;
  /** ERP单号 */
  erp_order_code?: string;
  /** 单据类型 */
  activity_type?: string;
  /** 变动日期（格式YYYY-MM-DD HH:MI:SS） */
  gmt_create?: string;
  /** 业务主单号 */
  op_order_id?: string;
  /** 业务子单号 */
  op_sub_order_id?: string;
  /** 仓编码 */
  store_code?: string;
  /** 物流LBX号 */
  wms_order_code?: string;
  /** 淘系交易子单 */
  sub_trade_id?: string;
  /** 淘系交易主单 */
  trade_id?: string;
  /** 每日库存结余数量 */
  day_surplus_quantity?: string;
}

const REQUEST_SCHEMA = {
  sc_item_id: 'String',
  store_code: 'String',
  inventory_type: ['String'],
  activity_type: 'String',
  sdate: 'String',
  edate: 'String',
  page_index: 'String',
  page_size: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    page_index: 'String',
    page_size: 'String',
    total_count: 'String',
    current_page_count: 'String',
    total_page: 'String',
    data_list: [
      {
        bussiness_inventory_log: {
          inventory_type: 'String',
          sc_item_code: 'String',
          change_quantity: 'String',
          sc_item_id: 'String',
          erp_order_code: 'String',
          activity_type: 'String',
          gmt_create: 'String',
          op_order_id: 'String',
          op_sub_order_id: 'String',
          store_code: 'String',
          wms_order_code: 'String',
          sub_trade_id: 'String',
          trade_id: 'String',
          day_surplus_quantity: 'String',
        },
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.inv.turnover.query`: method, response root, request and response schemas. */
export const taobaoInvTurnoverQueryOperation = {
  method: 'taobao.inv.turnover.query',
  responseRoot: 'inv_turnover_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 业务库存流水查询 — calls TOP method `taobao.inv.turnover.query`.
 *
 * 业务库存流水
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoInvTurnoverQuery(
  client: TopClient,
  request: TaobaoInvTurnoverQueryRequest,
  options?: CallOptions,
): Promise<TaobaoInvTurnoverQueryResponse> {
  return client.call<TaobaoInvTurnoverQueryResponse>(
    {
      method: 'taobao.inv.turnover.query',
      responseRoot: 'inv_turnover_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
