// Generated from specs/ascpchannel/alibaba.ascp.uop.supplier.consignorder.outofstock.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.uop.supplier.consignorder.outofstock.callback` (履约单纬度的仓缺货回告服务). */
export interface AlibabaAscpUopSupplierConsignorderOutofstockCallbackRequest {
  /** 缺货回告请求模型 */
  consignorder_outofstock_callback_request?: AlibabaAscpUopSupplierConsignorderOutofstockCallbackConsignorderoutofstockcallbackrequestInput;
}

/** Response of `alibaba.ascp.uop.supplier.consignorder.outofstock.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpUopSupplierConsignorderOutofstockCallbackResponse {
  /** 返回值包装,result为返回具体消息内容 */
  consignorder_outofstock_callback_response?: AlibabaAscpUopSupplierConsignorderOutofstockCallbackResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Consignorderoutofstockcallbackrequest` of `alibaba.ascp.uop.supplier.consignorder.outofstock.callback`. */
export interface AlibabaAscpUopSupplierConsignorderOutofstockCallbackConsignorderoutofstockcallbackrequestInput {
  /** 供应商id */
  supplier_id: string;
  /** 外部业务号 */
  out_biz_id: string;
  /** 履约单号 */
  biz_order_code: string;
  /** 缺货明细 */
  out_of_stock_items: AlibabaAscpUopSupplierConsignorderOutofstockCallbackOutofstockitemsInput[];
  /** 缺货原因 */
  out_of_stock_reason?: string;
}

/** `Outofstockitems` of `alibaba.ascp.uop.supplier.consignorder.outofstock.callback`. */
export interface AlibabaAscpUopSupplierConsignorderOutofstockCallbackOutofstockitemsInput {
  /** 履约子单号 */
  sub_order_code: string;
  /** 货品ID */
  sc_item_id?: string;
  /** 货品缺货数量 */
  lack_quantity: Int64Input;
}

/** `ResultWrapper` of `alibaba.ascp.uop.supplier.consignorder.outofstock.callback`. */
export interface AlibabaAscpUopSupplierConsignorderOutofstockCallbackResultWrapper {
  /** 返回是否成功 */
  success?: boolean;
  /** 系统自动生成 */
  error_code?: string;
  /** 系统自动生成 */
  error_message?: string;
}

const REQUEST_SCHEMA = {
  consignorder_outofstock_callback_request: {
    supplier_id: 'String',
    out_biz_id: 'String',
    biz_order_code: 'String',
    out_of_stock_items: [
      {
        sub_order_code: 'String',
        sc_item_id: 'String',
        lack_quantity: 'Number',
      },
    ],
    out_of_stock_reason: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  consignorder_outofstock_callback_response: {
    success: 'Boolean',
    error_code: 'String',
    error_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.uop.supplier.consignorder.outofstock.callback`: method, response root, request and response schemas. */
export const alibabaAscpUopSupplierConsignorderOutofstockCallbackOperation = {
  method: 'alibaba.ascp.uop.supplier.consignorder.outofstock.callback',
  responseRoot: 'alibaba_ascp_uop_supplier_consignorder_outofstock_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 履约单纬度的仓缺货回告服务 — calls TOP method `alibaba.ascp.uop.supplier.consignorder.outofstock.callback`.
 *
 * 商家仓履约单纬度的仓缺货回告接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpUopSupplierConsignorderOutofstockCallback(
  client: TopClient,
  request: AlibabaAscpUopSupplierConsignorderOutofstockCallbackRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpUopSupplierConsignorderOutofstockCallbackResponse> {
  return client.call<AlibabaAscpUopSupplierConsignorderOutofstockCallbackResponse>(
    {
      method: 'alibaba.ascp.uop.supplier.consignorder.outofstock.callback',
      responseRoot: 'alibaba_ascp_uop_supplier_consignorder_outofstock_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
