// Generated from specs/wms/taobao.wlb.wms.sn.info.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.wms.sn.info.query` (查询单据序列号信息). */
export interface TaobaoWlbWmsSnInfoQueryRequest {
  /** 订单编码 */
  order_code: string;
  /** 订单类型（1:仓配订单 10：配送扫码 20：增值扫码 40:ERP单号; 50：交易订单 ） */
  order_code_type: Int64Input;
  /** 页数，默认每页50条 */
  page_index: Int64Input;
}

/** Response of `taobao.wlb.wms.sn.info.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWmsSnInfoQueryResponse {
  /** 接口返回 */
  result?: TaobaoWlbWmsSnInfoQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.wlb.wms.sn.info.query`. */
export interface TaobaoWlbWmsSnInfoQueryResult {
  /** 错误码 */
  error_code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** 总条数 */
  total_count?: Int64;
  /** SN信息列表 */
  sn_info_list?: TaobaoWlbWmsSnInfoQuerySninfolist[];
}

/** `Sninfolist` of `taobao.wlb.wms.sn.info.query`. */
export interface TaobaoWlbWmsSnInfoQuerySninfolist {
  /** SN信息 */
  sn_info?: TaobaoWlbWmsSnInfoQuerySninfo;
}

/** `Sninfo` of `taobao.wlb.wms.sn.info.query`. */
export interface TaobaoWlbWmsSnInfoQuerySninfo {
  /** 库存类型（1 可销售库存(正品) 101 残次 102 机损 103 箱损201 冻结库存） */
  inventory_type?: Int64;
  /** sn编码 */
  sn_code?: string;
  /** 商家对商品的编码 */
  item_code?: string;
  /** 商品ID */
  item_id?: string;
}

const REQUEST_SCHEMA = {
  order_code: 'String',
  order_code_type: 'Number',
  page_index: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    success: 'Boolean',
    error_msg: 'String',
    total_count: 'Number',
    sn_info_list: [
      {
        sn_info: {
          inventory_type: 'Number',
          sn_code: 'String',
          item_code: 'String',
          item_id: 'String',
        },
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.wms.sn.info.query`: method, response root, request and response schemas. */
export const taobaoWlbWmsSnInfoQueryOperation = {
  method: 'taobao.wlb.wms.sn.info.query',
  responseRoot: 'wlb_wms_sn_info_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询单据序列号信息 — calls TOP method `taobao.wlb.wms.sn.info.query`.
 *
 * 查询仓库作业的各类单据记录的Sn信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWmsSnInfoQuery(
  client: TopClient,
  request: TaobaoWlbWmsSnInfoQueryRequest,
  options?: CallOptions,
): Promise<TaobaoWlbWmsSnInfoQueryResponse> {
  return client.call<TaobaoWlbWmsSnInfoQueryResponse>(
    {
      method: 'taobao.wlb.wms.sn.info.query',
      responseRoot: 'wlb_wms_sn_info_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
