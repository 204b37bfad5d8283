// Generated from specs/ascpchannel/alibaba.ascp.uop.supplier.consignorder.notify.received.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.uop.supplier.consignorder.notify.received` (商家仓物流发货推单接单回告). */
export interface AlibabaAscpUopSupplierConsignorderNotifyReceivedRequest {
  /** qimen.alibaba.ascp.uop.consignorder.notify报文中的supplierId字段值 */
  supplier_id: string;
  /** qimen.alibaba.ascp.uop.consignorder.notify报文中bizOrderCode履约单号 */
  biz_order_code: string;
  /** 业务请求时间 */
  biz_time?: DateInput;
  /** 一盘货业务模式，默认为0代表商家仓商家配，为1代表商家仓自营配 (为1时会强制校验配CP和单号必须与取号时一致，且多包裹必须一次性发货) */
  business_model?: string;
}

/** Response of `alibaba.ascp.uop.supplier.consignorder.notify.received`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpUopSupplierConsignorderNotifyReceivedResponse {
  /** 返回值包装,result为返回具体消息内容 */
  consignorder_notify_received_response?: AlibabaAscpUopSupplierConsignorderNotifyReceivedResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultWrapper` of `alibaba.ascp.uop.supplier.consignorder.notify.received`. */
export interface AlibabaAscpUopSupplierConsignorderNotifyReceivedResultWrapper {
  /** 返回是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误描述 */
  error_message?: string;
  /** 是否retry */
  retry?: boolean;
}

const REQUEST_SCHEMA = {
  supplier_id: 'String',
  biz_order_code: 'String',
  biz_time: 'Date',
  business_model: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  consignorder_notify_received_response: {
    success: 'Boolean',
    error_code: 'String',
    error_message: 'String',
    retry: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.uop.supplier.consignorder.notify.received`: method, response root, request and response schemas. */
export const alibabaAscpUopSupplierConsignorderNotifyReceivedOperation = {
  method: 'alibaba.ascp.uop.supplier.consignorder.notify.received',
  responseRoot: 'alibaba_ascp_uop_supplier_consignorder_notify_received_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家仓物流发货推单接单回告 — calls TOP method `alibaba.ascp.uop.supplier.consignorder.notify.received`.
 *
 * ASCP通过该接口接收商家仓开始接单生产订单对应的物流订单信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpUopSupplierConsignorderNotifyReceived(
  client: TopClient,
  request: AlibabaAscpUopSupplierConsignorderNotifyReceivedRequest,
  options?: CallOptions,
): Promise<AlibabaAscpUopSupplierConsignorderNotifyReceivedResponse> {
  return client.call<AlibabaAscpUopSupplierConsignorderNotifyReceivedResponse>(
    {
      method: 'alibaba.ascp.uop.supplier.consignorder.notify.received',
      responseRoot: 'alibaba_ascp_uop_supplier_consignorder_notify_received_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
