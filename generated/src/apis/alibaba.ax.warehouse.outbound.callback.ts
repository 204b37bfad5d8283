// Generated from specs/wdk/alibaba.ax.warehouse.outbound.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ax.warehouse.outbound.callback` (翱象出仓回传). */
export interface AlibabaAxWarehouseOutboundCallbackRequest {
  /** 出库回传 */
  trade_out_bound_call_back_request: AlibabaAxWarehouseOutboundCallbackTopTradeOutBoundCallBackRequestInput;
}

/** Response of `alibaba.ax.warehouse.outbound.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAxWarehouseOutboundCallbackResponse {
  /** 错误码 */
  return_code?: string;
  /** 调用成功 */
  return_success?: boolean;
  /** 错误信息 */
  return_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopTradeOutBoundCallBackRequest` of `alibaba.ax.warehouse.outbound.callback`. */
export interface AlibabaAxWarehouseOutboundCallbackTopTradeOutBoundCallBackRequestInput {
  /** 扩展字段 */
  extension?: string;
  /** oms主单号 */
  biz_order_id: string;
  /** 出库状态 */
  out_bound_status: string;
  /** 子单明细列表 */
  demand_detail_call_back_requests?: AlibabaAxWarehouseOutboundCallbackTradeOutBoundDetailCallBackRequestInput[];
  /** 渠道单号 */
  channel_order_no?: string;
  /** 出库状态发生时间 */
  demand_status_time: DateInput;
  /** 仓编码 */
  store_code: string;
  /** 渠道类型 */
  channel_source?: string;
}

/** `TradeOutBoundDetailCallBackRequest` of `alibaba.ax.warehouse.outbound.callback`. */
export interface AlibabaAxWarehouseOutboundCallbackTradeOutBoundDetailCallBackRequestInput {
  /** 缺货出销售数量 */
  out_of_stock_sale_quantity: string;
  /** 渠道子单号 */
  channel_sub_order_no?: string;
  /** 扩展字段 */
  extension?: string;
  /** 实际出库销售数量 */
  actual_sale_quantity: string;
  /** 实际出库库存数量 */
  actual_stock_quantity: string;
  /** 缺货出库存数量 */
  out_of_stock_stock_quantity: string;
  /** oms子单号 */
  biz_sub_order_id: string;
  /** 商品sku编码 */
  sku_code?: string;
  /** 是否缺货出 */
  is_out_stock: boolean;
  /** 称重品商品实称重量/g */
  sku_weights?: AlibabaAxWarehouseOutboundCallbackBigDecimalInput[];
}

/** `BigDecimal` of `alibaba.ax.warehouse.outbound.callback`. */
export interface AlibabaAxWarehouseOutboundCallbackBigDecimalInput {
  /** 每份重量 */
  sku_weight?: string;
}

const REQUEST_SCHEMA = {
  trade_out_bound_call_back_request: {
    extension: 'String',
    biz_order_id: 'String',
    out_bound_status: 'String',
    demand_detail_call_back_requests: [
      {
        out_of_stock_sale_quantity: 'String',
        channel_sub_order_no: 'String',
        extension: 'String',
        actual_sale_quantity: 'String',
        actual_stock_quantity: 'String',
        out_of_stock_stock_quantity: 'String',
        biz_sub_order_id: 'String',
        sku_code: 'String',
        is_out_stock: 'Boolean',
        sku_weights: [
          {
            sku_weight: 'Price',
          },
        ],
      },
    ],
    channel_order_no: 'String',
    demand_status_time: 'Date',
    store_code: 'String',
    channel_source: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  return_code: 'String',
  return_success: 'Boolean',
  return_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ax.warehouse.outbound.callback`: method, response root, request and response schemas. */
export const alibabaAxWarehouseOutboundCallbackOperation = {
  method: 'alibaba.ax.warehouse.outbound.callback',
  responseRoot: 'alibaba_ax_warehouse_outbound_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 翱象出仓回传 — calls TOP method `alibaba.ax.warehouse.outbound.callback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAxWarehouseOutboundCallback(
  client: TopClient,
  request: AlibabaAxWarehouseOutboundCallbackRequest,
  options?: CallOptions,
): Promise<AlibabaAxWarehouseOutboundCallbackResponse> {
  return client.call<AlibabaAxWarehouseOutboundCallbackResponse>(
    {
      method: 'alibaba.ax.warehouse.outbound.callback',
      responseRoot: 'alibaba_ax_warehouse_outbound_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
