// Generated from specs/rhino/taobao.rhino.supplychain.inbound.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rhino.supplychain.inbound.confirm` (WMS003成衣入库确认). */
export interface TaobaoRhinoSupplychainInboundConfirmRequest {
  /** 入库单确认对象 */
  clothing_inbound_confirm?: TaobaoRhinoSupplychainInboundConfirmClothingInboundConfirmDtoInput;
}

/** Response of `taobao.rhino.supplychain.inbound.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRhinoSupplychainInboundConfirmResponse {
  /** message */
  message?: string;
  /** code */
  ret_code?: Int64;
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ClothingInboundConfirmDto` of `taobao.rhino.supplychain.inbound.confirm`. */
export interface TaobaoRhinoSupplychainInboundConfirmClothingInboundConfirmDtoInput {
  /** 入库数量 */
  amount?: Int64Input;
  /** 工厂ID，对应WMS002：Company */
  factory_id?: Int64Input;
  /** 物料描述，对应WMS002：ItemName */
  material_desc?: string;
  /** 电商平台订单号orderCode */
  ec_order_code?: string;
  /** 物料ID，对应WMS002：Item */
  material_id?: Int64Input;
  /** 入库单号，对应WMS002：ReceiptId */
  inbound_id?: Int64Input;
  /** 仓库ID，对应WMS002：WareHouse */
  warehouse_id?: Int64Input;
  /** 入库完成时间 */
  inbound_date?: DateInput;
  /** sku 信息 */
  sku_b_o?: TaobaoRhinoSupplychainInboundConfirmSkuBoInput;
  /** 入库单类型 */
  inbound_type?: Int64Input;
  /** 生产订单号 */
  mes_order_id?: string;
  /** 成衣rfid编码 */
  rfid?: string;
  /** toC订单Id */
  desired_id?: string;
}

/** `SkuBo` of `taobao.rhino.supplychain.inbound.confirm`. */
export interface TaobaoRhinoSupplychainInboundConfirmSkuBoInput {
  /** 款式id */
  style_id?: string;
  /** 工艺版本id */
  technology_version?: string;
  /** 颜色id */
  color_id?: Int64Input;
  /** 尺码id */
  size_id?: Int64Input;
}

const REQUEST_SCHEMA = {
  clothing_inbound_confirm: {
    amount: 'Number',
    factory_id: 'Number',
    material_desc: 'String',
    ec_order_code: 'String',
    material_id: 'Number',
    inbound_id: 'Number',
    warehouse_id: 'Number',
    inbound_date: 'Date',
    sku_b_o: {
      style_id: 'String',
      technology_version: 'String',
      color_id: 'Number',
      size_id: 'Number',
    },
    inbound_type: 'Number',
    mes_order_id: 'String',
    rfid: 'String',
    desired_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  ret_code: 'Number',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.rhino.supplychain.inbound.confirm`: method, response root, request and response schemas. */
export const taobaoRhinoSupplychainInboundConfirmOperation = {
  method: 'taobao.rhino.supplychain.inbound.confirm',
  responseRoot: 'rhino_supplychain_inbound_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * WMS003成衣入库确认 — calls TOP method `taobao.rhino.supplychain.inbound.confirm`.
 *
 * 【WMS003】【同步成衣入库完成信息】
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRhinoSupplychainInboundConfirm(
  client: TopClient,
  request: TaobaoRhinoSupplychainInboundConfirmRequest = {},
  options?: CallOptions,
): Promise<TaobaoRhinoSupplychainInboundConfirmResponse> {
  return client.call<TaobaoRhinoSupplychainInboundConfirmResponse>(
    {
      method: 'taobao.rhino.supplychain.inbound.confirm',
      responseRoot: 'rhino_supplychain_inbound_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
