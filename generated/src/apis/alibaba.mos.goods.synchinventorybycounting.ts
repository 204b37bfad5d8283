// Generated from specs/moscm/alibaba.mos.goods.synchinventorybycounting.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.goods.synchinventorybycounting` (以盘点方式调整库存：传入商品实际库存). */
export interface AlibabaMosGoodsSynchinventorybycountingRequest {
  /** 专柜信息 */
  param_counting_info_dto: AlibabaMosGoodsSynchinventorybycountingCountingInfoDtoInput;
  /**
   * 盘点库存项（最大列表长度：20）
   *
   * Max list size: 20
   */
  counting_item_dto: AlibabaMosGoodsSynchinventorybycountingCountingItemDtoInput[];
}

/** Response of `alibaba.mos.goods.synchinventorybycounting`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosGoodsSynchinventorybycountingResponse {
  /** 返回盘点单号 */
  result?: AlibabaMosGoodsSynchinventorybycountingResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CountingInfoDto` of `alibaba.mos.goods.synchinventorybycounting`. */
export interface AlibabaMosGoodsSynchinventorybycountingCountingInfoDtoInput {
  /** 专柜id */
  counter_id?: string;
  /** 外部专柜id(两个专柜号至少填写一个。如果同时填写，以counterId为准) */
  out_counter_id?: string;
  /** 备注信息（必填） */
  remarks?: string;
}

/** `CountingItemDto` of `alibaba.mos.goods.synchinventorybycounting`. */
export interface AlibabaMosGoodsSynchinventorybycountingCountingItemDtoInput {
  /** 外部商品编码 */
  out_id?: string;
  /** 商品名称 */
  product_name?: string;
  /** 库存数量 */
  quantity?: string;
  /** 计量单位 */
  unit?: string;
}

/** `ResultDo` of `alibaba.mos.goods.synchinventorybycounting`. */
export interface AlibabaMosGoodsSynchinventorybycountingResultDo {
  /** 返回数据 */
  data?: string;
}

const REQUEST_SCHEMA = {
  param_counting_info_dto: {
    counter_id: 'String',
    out_counter_id: 'String',
    remarks: 'String',
  },
  counting_item_dto: [
    {
      out_id: 'String',
      product_name: 'String',
      quantity: 'String',
      unit: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.goods.synchinventorybycounting`: method, response root, request and response schemas. */
export const alibabaMosGoodsSynchinventorybycountingOperation = {
  method: 'alibaba.mos.goods.synchinventorybycounting',
  responseRoot: 'alibaba_mos_goods_synchinventorybycounting_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 以盘点方式调整库存：传入商品实际库存 — calls TOP method `alibaba.mos.goods.synchinventorybycounting`.
 *
 * 以盘点方式调整库存：传入商品实际库存
 * 盘点单自动判断数量增减
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosGoodsSynchinventorybycounting(
  client: TopClient,
  request: AlibabaMosGoodsSynchinventorybycountingRequest,
  options?: CallOptions,
): Promise<AlibabaMosGoodsSynchinventorybycountingResponse> {
  return client.call<AlibabaMosGoodsSynchinventorybycountingResponse>(
    {
      method: 'alibaba.mos.goods.synchinventorybycounting',
      responseRoot: 'alibaba_mos_goods_synchinventorybycounting_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
