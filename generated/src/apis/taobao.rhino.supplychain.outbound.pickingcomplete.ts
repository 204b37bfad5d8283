// Generated from specs/rhino/taobao.rhino.supplychain.outbound.pickingcomplete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rhino.supplychain.outbound.pickingcomplete` (【WMS005】接收成衣捡配完成通知). */
export interface TaobaoRhinoSupplychainOutboundPickingcompleteRequest {
  /** 捡配完成消息 */
  param0: TaobaoRhinoSupplychainOutboundPickingcompletePickingCompleteMsgInput;
}

/** Response of `taobao.rhino.supplychain.outbound.pickingcomplete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRhinoSupplychainOutboundPickingcompleteResponse {
  /** message */
  message?: string;
  /** code */
  ret_code?: Int64;
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PickingCompleteMsg` of `taobao.rhino.supplychain.outbound.pickingcomplete`. */
export interface TaobaoRhinoSupplychainOutboundPickingcompletePickingCompleteMsgInput {
  /** 货主编号company */
  factory_id?: Int64Input;
  /** SAP交货单号torder_code */
  sap_invoice_id?: string;
  /** 仓库出库单完成时间shipment_confirm_time */
  outbound_date?: DateInput;
  /** 出库单编码shipment_id */
  wms_invoice_id?: string;
  /** 仓库编码 */
  ware_house_id?: Int64Input;
  /** 运货单信息package_infos */
  waybills?: TaobaoRhinoSupplychainOutboundPickingcompleteClothingOutboundWaybillInput[];
  /** 出库单单据类型，1-正常出库2-手工出库 */
  outbound_type?: Int64Input;
}

/** `ClothingOutboundWaybill` of `taobao.rhino.supplychain.outbound.pickingcomplete`. */
export interface TaobaoRhinoSupplychainOutboundPickingcompleteClothingOutboundWaybillInput {
  /** 每个运货单sku明细items */
  outbound_items?: TaobaoRhinoSupplychainOutboundPickingcompleteClothingSkuDtoInput[];
  /** 快递公司编码tms_code */
  express_company?: string;
  /** 快递编号tms_order_code */
  express_id?: string;
}

/** `ClothingSkuDto` of `taobao.rhino.supplychain.outbound.pickingcomplete`. */
export interface TaobaoRhinoSupplychainOutboundPickingcompleteClothingSkuDtoInput {
  /** 发货数量item_count */
  amount?: Int64Input;
  /** 成衣物料名称ItemName */
  style_name?: string;
  /** 成衣sku编码Item */
  id?: string;
  /** 成衣rfid编码 */
  rfid?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    factory_id: 'Number',
    sap_invoice_id: 'String',
    outbound_date: 'Date',
    wms_invoice_id: 'String',
    ware_house_id: 'Number',
    waybills: [
      {
        outbound_items: [
          {
            amount: 'Number',
            style_name: 'String',
            id: 'String',
            rfid: 'String',
          },
        ],
        express_company: 'String',
        express_id: 'String',
      },
    ],
    outbound_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  ret_code: 'Number',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.rhino.supplychain.outbound.pickingcomplete`: method, response root, request and response schemas. */
export const taobaoRhinoSupplychainOutboundPickingcompleteOperation = {
  method: 'taobao.rhino.supplychain.outbound.pickingcomplete',
  responseRoot: 'rhino_supplychain_outbound_pickingcomplete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【WMS005】接收成衣捡配完成通知 — calls TOP method `taobao.rhino.supplychain.outbound.pickingcomplete`.
 *
 * 接收成衣捡配完成通知,WMS005
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRhinoSupplychainOutboundPickingcomplete(
  client: TopClient,
  request: TaobaoRhinoSupplychainOutboundPickingcompleteRequest,
  options?: CallOptions,
): Promise<TaobaoRhinoSupplychainOutboundPickingcompleteResponse> {
  return client.call<TaobaoRhinoSupplychainOutboundPickingcompleteResponse>(
    {
      method: 'taobao.rhino.supplychain.outbound.pickingcomplete',
      responseRoot: 'rhino_supplychain_outbound_pickingcomplete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
