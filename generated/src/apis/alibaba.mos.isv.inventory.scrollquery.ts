// Generated from specs/moscm/alibaba.mos.isv.inventory.scrollquery.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.isv.inventory.scrollquery` (滚动查询库存数据). */
export interface AlibabaMosIsvInventoryScrollqueryRequest {
  /** 专柜ID */
  counter_id: string;
  /** 滚动查询ID号 */
  scroll_id?: string;
}

/** Response of `alibaba.mos.isv.inventory.scrollquery`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosIsvInventoryScrollqueryResponse {
  /** 返回结果 */
  result?: AlibabaMosIsvInventoryScrollqueryMosScrollQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MosScrollQueryResult` of `alibaba.mos.isv.inventory.scrollquery`. */
export interface AlibabaMosIsvInventoryScrollqueryMosScrollQueryResult {
  /** 总条数 */
  total?: Int64;
  /** 滚动查询id号 */
  scroll_id?: string;
  /** 返回数据 */
  data?: AlibabaMosIsvInventoryScrollqueryInventoryDetailDto[];
}

/** `InventoryDetailDto` of `alibaba.mos.isv.inventory.scrollquery`. */
export interface AlibabaMosIsvInventoryScrollqueryInventoryDetailDto {
  /** 专柜号 */
  counter_no?: string;
  /** 专柜名 */
  counter_name?: string;
  /** 门店号 */
  store_no?: string;
  /** 门店名称 */
  store_name?: string;
  /** outer id */
  outer_id?: string;
  /** sku id */
  sku_id?: string;
  /** 条码 */
  barcode?: string;
  /** 颜色/尺码/规格 */
  sale_property?: string;
  /** 商品名称 */
  sku_name?: string;
  /** 款号 */
  style_no?: string;
  /** 仓号 */
  warehouse_number?: string;
  /** 仓库名称 */
  warehouse_name?: string;
  /** 占库数量 */
  occupy_qty?: string;
  /** 在库数量 */
  quantity?: string;
  /** 残次品数量 */
  defective_qty?: string;
  /** 商品状态 */
  goods_status?: string;
  /** 商品类型 */
  goods_type?: string;
  /** 货号 */
  art_no?: string;
}

const REQUEST_SCHEMA = {
  counter_id: 'String',
  scroll_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total: 'Number',
    scroll_id: 'String',
    data: [
      {
        counter_no: 'String',
        counter_name: 'String',
        store_no: 'String',
        store_name: 'String',
        outer_id: 'String',
        sku_id: 'String',
        barcode: 'String',
        sale_property: 'String',
        sku_name: 'String',
        style_no: 'String',
        warehouse_number: 'String',
        warehouse_name: 'String',
        occupy_qty: 'String',
        quantity: 'String',
        defective_qty: 'String',
        goods_status: 'String',
        goods_type: 'String',
        art_no: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.isv.inventory.scrollquery`: method, response root, request and response schemas. */
export const alibabaMosIsvInventoryScrollqueryOperation = {
  method: 'alibaba.mos.isv.inventory.scrollquery',
  responseRoot: 'alibaba_mos_isv_inventory_scrollquery_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 滚动查询库存数据 — calls TOP method `alibaba.mos.isv.inventory.scrollquery`.
 *
 * 按专柜滚动查询有库存商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosIsvInventoryScrollquery(
  client: TopClient,
  request: AlibabaMosIsvInventoryScrollqueryRequest,
  options?: CallOptions,
): Promise<AlibabaMosIsvInventoryScrollqueryResponse> {
  return client.call<AlibabaMosIsvInventoryScrollqueryResponse>(
    {
      method: 'alibaba.mos.isv.inventory.scrollquery',
      responseRoot: 'alibaba_mos_isv_inventory_scrollquery_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
