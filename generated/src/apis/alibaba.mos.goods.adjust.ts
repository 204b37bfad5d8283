// Generated from specs/moscm/alibaba.mos.goods.adjust.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.goods.adjust` (调整库存). */
export interface AlibabaMosGoodsAdjustRequest {
  /** 库存调整入参 */
  param_isv_stock_adjust_request_d_t_o?: AlibabaMosGoodsAdjustIsvStockAdjustRequestDtoInput;
}

/** Response of `alibaba.mos.goods.adjust`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosGoodsAdjustResponse {
  /** 库存调整单号 */
  result?: AlibabaMosGoodsAdjustResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvStockAdjustRequestDto` of `alibaba.mos.goods.adjust`. */
export interface AlibabaMosGoodsAdjustIsvStockAdjustRequestDtoInput {
  /** 专柜Id */
  counter_id?: string;
  /** 入库项（最大列表长度：20） */
  inbound_items?: AlibabaMosGoodsAdjustIsvInboundRequestItemDtoInput[];
  /** 外部专柜Id（两个专柜id字段至少填写一个，如果同时填写，已counter_id为准） */
  out_counter_id?: string;
  /** 外部单号 */
  out_id?: string;
  /** 出库项（最大列表长度：20） */
  outbound_items?: AlibabaMosGoodsAdjustIsvOutboundRequestItemDtoInput[];
  /** 备注 */
  remarks?: string;
}

/** `IsvInboundRequestItemDto` of `alibaba.mos.goods.adjust`. */
export interface AlibabaMosGoodsAdjustIsvInboundRequestItemDtoInput {
  /** 库位编号 */
  location_id?: string;
  /** 外部id */
  out_id?: string;
  /** 获取或设置货物数量计量单位 */
  quantity?: string;
  /** 单位 */
  unit?: string;
  /** 单价 */
  unit_price?: string;
}

/** `IsvOutboundRequestItemDto` of `alibaba.mos.goods.adjust`. */
export interface AlibabaMosGoodsAdjustIsvOutboundRequestItemDtoInput {
  /** 外部id */
  out_id?: string;
  /** 数量 */
  quantity?: string;
}

/** `ResultDo` of `alibaba.mos.goods.adjust`. */
export interface AlibabaMosGoodsAdjustResultDo {
  /** 返回生成的单据号 */
  data?: string;
}

const REQUEST_SCHEMA = {
  param_isv_stock_adjust_request_d_t_o: {
    counter_id: 'String',
    inbound_items: [
      {
        location_id: 'String',
        out_id: 'String',
        quantity: 'Price',
        unit: 'String',
        unit_price: 'Price',
      },
    ],
    out_counter_id: 'String',
    out_id: 'String',
    outbound_items: [
      {
        out_id: 'String',
        quantity: 'Price',
      },
    ],
    remarks: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.goods.adjust`: method, response root, request and response schemas. */
export const alibabaMosGoodsAdjustOperation = {
  method: 'alibaba.mos.goods.adjust',
  responseRoot: 'alibaba_mos_goods_adjust_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 调整库存 — calls TOP method `alibaba.mos.goods.adjust`.
 *
 * 库存调整接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosGoodsAdjust(
  client: TopClient,
  request: AlibabaMosGoodsAdjustRequest = {},
  options?: CallOptions,
): Promise<AlibabaMosGoodsAdjustResponse> {
  return client.call<AlibabaMosGoodsAdjustResponse>(
    {
      method: 'alibaba.mos.goods.adjust',
      responseRoot: 'alibaba_mos_goods_adjust_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
