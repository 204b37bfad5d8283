// Generated from specs/moscm/alibaba.mos.goods.inventory.getinventorys.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.goods.inventory.getinventorys` (可售库存查询). */
export interface AlibabaMosGoodsInventoryGetinventorysRequest {
  /** 查询对象 */
  param_virtual_inventory_query_dto: AlibabaMosGoodsInventoryGetinventorysVirtualInventoryQueryDtoInput;
}

/** Response of `alibaba.mos.goods.inventory.getinventorys`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosGoodsInventoryGetinventorysResponse {
  /** 返回的数据 */
  datas?: AlibabaMosGoodsInventoryGetinventorysVirtualInventoryDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VirtualInventoryQueryDto` of `alibaba.mos.goods.inventory.getinventorys`. */
export interface AlibabaMosGoodsInventoryGetinventorysVirtualInventoryQueryDtoInput {
  /** 银泰专柜号 */
  counter_id?: string;
  /** 外部专柜号（在供应商系统中的专柜号，两个专柜号必须至少传一个，如果都传一counter_id为准） */
  out_counter_id?: string;
  /** 外部商品id（最大列表长度：50） */
  out_ids: string[];
}

/** `VirtualInventoryDto` of `alibaba.mos.goods.inventory.getinventorys`. */
export interface AlibabaMosGoodsInventoryGetinventorysVirtualInventoryDto {
  /** 可售库存数量 */
  available_quantity?: string;
  /** 银泰专柜号 */
  counter_id?: string;
  /** 占库数量 */
  occupy_qty?: string;
  /** 外部专柜号 */
  out_counter_id?: string;
  /** 外部商品id */
  out_id?: string;
  /** 在库数量 */
  quantity?: string;
}

const REQUEST_SCHEMA = {
  param_virtual_inventory_query_dto: {
    counter_id: 'String',
    out_counter_id: 'String',
    out_ids: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  datas: [
    {
      available_quantity: 'String',
      counter_id: 'String',
      occupy_qty: 'String',
      out_counter_id: 'String',
      out_id: 'String',
      quantity: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.goods.inventory.getinventorys`: method, response root, request and response schemas. */
export const alibabaMosGoodsInventoryGetinventorysOperation = {
  method: 'alibaba.mos.goods.inventory.getinventorys',
  responseRoot: 'alibaba_mos_goods_inventory_getinventorys_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 可售库存查询 — calls TOP method `alibaba.mos.goods.inventory.getinventorys`.
 *
 * 查询商品的可售、在库和占库数量
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosGoodsInventoryGetinventorys(
  client: TopClient,
  request: AlibabaMosGoodsInventoryGetinventorysRequest,
  options?: CallOptions,
): Promise<AlibabaMosGoodsInventoryGetinventorysResponse> {
  return client.call<AlibabaMosGoodsInventoryGetinventorysResponse>(
    {
      method: 'alibaba.mos.goods.inventory.getinventorys',
      responseRoot: 'alibaba_mos_goods_inventory_getinventorys_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
