// Generated from specs/perfect/alibaba.tcwms.outbound.pick.receive.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcwms.outbound.pick.receive` (拣货接单). */
export interface AlibabaTcwmsOutboundPickReceiveRequest {
  /** 入口参数 */
  pick_receive_request?: AlibabaTcwmsOutboundPickReceivePickReceiveRequestInput;
}

/** Response of `alibaba.tcwms.outbound.pick.receive`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTcwmsOutboundPickReceiveResponse {
  /** 1 */
  result?: AlibabaTcwmsOutboundPickReceivePickReceiveResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PickReceiveRequest` of `alibaba.tcwms.outbound.pick.receive`. */
export interface AlibabaTcwmsOutboundPickReceivePickReceiveRequestInput {
  /** 拣货单参数 */
  pick_orders?: AlibabaTcwmsOutboundPickReceivePickOrderRequestInput[];
  /** 1 */
  dock_barcode?: string;
  /** 1 */
  work_mode?: string;
  /** 1 */
  wave_code?: string;
  /** 1 */
  dock_type?: string;
  /** 1 */
  attributes?: string;
  /** 1 */
  dock_code?: string;
  /** 1 */
  cargo_owner_code?: string;
  /** 1 */
  outbound_orders?: AlibabaTcwmsOutboundPickReceivePickOutboundOrderRequestInput[];
  /** 1 */
  warehouse_code?: string;
}

/** `PickOrderRequest` of `alibaba.tcwms.outbound.pick.receive`. */
export interface AlibabaTcwmsOutboundPickReceivePickOrderRequestInput {
  /** 批次号 */
  batch_code?: string;
  /** 扩展字段 */
  attributes?: string;
  /** 拣货单 */
  pick_order_code?: string;
  /** 拣货子单 */
  pick_order_details?: AlibabaTcwmsOutboundPickReceivePickOrderDetailRequestInput[];
}

/** `PickOrderDetailRequest` of `alibaba.tcwms.outbound.pick.receive`. */
export interface AlibabaTcwmsOutboundPickReceivePickOrderDetailRequestInput {
  /** 真实拣货数量 */
  real_pick_quantity?: string;
  /** 拣货完成时间 */
  pick_finish_time?: DateInput;
  /** 1 */
  item_code?: string;
  /** 1 */
  pick_unit?: string;
  /** 1 */
  plan_stock_quantity?: string;
  /** 1 */
  barcodes?: string[];
  /** 1 */
  real_stock_quantity?: string;
  /** 1 */
  warehouse_code?: string;
  /** 1 */
  pick_order_detail_code?: string;
  /** 1 */
  stock_unit?: string;
  /** 1 */
  plan_pick_quantity?: string;
  /** 1 */
  attributes?: string;
  /** 1 */
  container_code?: string;
}

/** `PickOutboundOrderRequest` of `alibaba.tcwms.outbound.pick.receive`. */
export interface AlibabaTcwmsOutboundPickReceivePickOutboundOrderRequestInput {
  /** v */
  station_code?: string;
  /** 1 */
  outbound_order_code?: string;
  /** 1 */
  batch_code?: string;
  /** 1 */
  promise_time_type?: string;
  /** 1 */
  outbound_order_type?: string;
  /** 1 */
  latest_outbound_time?: string;
  /** 1 */
  station_name?: string;
  /** 1 */
  attributes?: string;
  /** 1 */
  outbound_order_details?: AlibabaTcwmsOutboundPickReceivePickOutboundOrderDetailRequestInput[];
  /** 1 */
  business_type?: string;
  /** 1 */
  channel_code?: string;
}

/** `PickOutboundOrderDetailRequest` of `alibaba.tcwms.outbound.pick.receive`. */
export interface AlibabaTcwmsOutboundPickReceivePickOutboundOrderDetailRequestInput {
  /** 1 */
  item_pic_url?: string;
  /** 1 */
  item_type?: string;
  /** 1 */
  plan_sales_quantity?: string;
  /** 1 */
  item_code?: string;
  /** 1 */
  plan_stock_quantity?: string;
  /** 1 */
  barcodes?: string[];
  /** 1 */
  stock_unit?: string;
  /** 1 */
  intercept_strategy?: string;
  /** 1 */
  item_name?: string;
  /** 1 */
  sales_unit?: string;
  /** 1 */
  cancelled?: string;
  /** 1 */
  channel_name?: string;
  /** 1 */
  attributes?: string;
  /** 1 */
  outbound_order_detail_code?: string;
}

/** `PickReceiveResponse` of `alibaba.tcwms.outbound.pick.receive`. */
export interface AlibabaTcwmsOutboundPickReceivePickReceiveResponse {
  /** 1 */
  error_code?: string;
  /** 1 */
  error_message?: string;
  /** 1 */
  success?: string;
}

const REQUEST_SCHEMA = {
  pick_receive_request: {
    pick_orders: [
      {
        batch_code: 'String',
        attributes: 'String',
        pick_order_code: 'String',
        pick_order_details: [
          {
            real_pick_quantity: 'String',
            pick_finish_time: 'Date',
            item_code: 'String',
            pick_unit: 'String',
            plan_stock_quantity: 'String',
            barcodes: ['String'],
            real_stock_quantity: 'String',
            warehouse_code: 'String',
            pick_order_detail_code: 'String',
            stock_unit: 'String',
            plan_pick_quantity: 'String',
            attributes: 'String',
            container_code: 'String',
          },
        ],
      },
    ],
    dock_barcode: 'String',
    work_mode: 'String',
    wave_code: 'String',
    dock_type: 'String',
    attributes: 'String',
    dock_code: 'String',
    cargo_owner_code: 'String',
    outbound_orders: [
      {
        station_code: 'String',
        outbound_order_code: 'String',
        batch_code: 'String',
        promise_time_type: 'String',
        outbound_order_type: 'String',
        latest_outbound_time: 'String',
        station_name: 'String',
        attributes: 'String',
        outbound_order_details: [
          {
            item_pic_url: 'String',
            item_type: 'String',
            plan_sales_quantity: 'String',
            item_code: 'String',
            plan_stock_quantity: 'String',
            barcodes: ['String'],
            stock_unit: 'String',
            intercept_strategy: 'String',
            item_name: 'String',
            sales_unit: 'String',
            cancelled: 'String',
            channel_name: 'String',
            attributes: 'String',
            outbound_order_detail_code: 'String',
          },
        ],
        business_type: 'String',
        channel_code: 'String',
      },
    ],
    warehouse_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_message: 'String',
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcwms.outbound.pick.receive`: method, response root, request and response schemas. */
export const alibabaTcwmsOutboundPickReceiveOperation = {
  method: 'alibaba.tcwms.outbound.pick.receive',
  responseRoot: 'alibaba_tcwms_outbound_pick_receive_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 拣货接单 — calls TOP method `alibaba.tcwms.outbound.pick.receive`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTcwmsOutboundPickReceive(
  client: TopClient,
  request: AlibabaTcwmsOutboundPickReceiveRequest = {},
  options?: CallOptions,
): Promise<AlibabaTcwmsOutboundPickReceiveResponse> {
  return client.call<AlibabaTcwmsOutboundPickReceiveResponse>(
    {
      method: 'alibaba.tcwms.outbound.pick.receive',
      responseRoot: 'alibaba_tcwms_outbound_pick_receive_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
