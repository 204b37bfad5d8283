// Generated from specs/ascpchannel/alibaba.ascp.uop.supplier.consignorder.notify.tms.change.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.uop.supplier.consignorder.notify.tms.change` (商家修改运单号). */
export interface AlibabaAscpUopSupplierConsignorderNotifyTmsChangeRequest {
  /** 修改运单号请求模型 */
  modify_mail_no_request: AlibabaAscpUopSupplierConsignorderNotifyTmsChangeModifymailnorequestInput;
}

/** Response of `alibaba.ascp.uop.supplier.consignorder.notify.tms.change`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpUopSupplierConsignorderNotifyTmsChangeResponse {
  /** 返回值包装,result为返回具体消息内容 */
  modify_mail_no_response?: AlibabaAscpUopSupplierConsignorderNotifyTmsChangeResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Modifymailnorequest` of `alibaba.ascp.uop.supplier.consignorder.notify.tms.change`. */
export interface AlibabaAscpUopSupplierConsignorderNotifyTmsChangeModifymailnorequestInput {
  /** 供应商id */
  supplier_id: string;
  /** 原运单号 */
  old_tms_order_code: string;
  /** 新运单号 */
  new_tms_order_code: string;
  /** 原配送公司编码 */
  old_tms_service_code: string;
  /** 发货LP */
  biz_order_code: string;
}

/** `ResultWrapper` of `alibaba.ascp.uop.supplier.consignorder.notify.tms.change`. */
export interface AlibabaAscpUopSupplierConsignorderNotifyTmsChangeResultWrapper {
  /** 返回是否成功 */
  success?: boolean;
  /** 错误描述 */
  error_message?: string;
  /** 错误编码 */
  error_code?: string;
  /** 是否retry */
  retry?: boolean;
}

const REQUEST_SCHEMA = {
  modify_mail_no_request: {
    supplier_id: 'String',
    old_tms_order_code: 'String',
    new_tms_order_code: 'String',
    old_tms_service_code: 'String',
    biz_order_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  modify_mail_no_response: {
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    retry: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.uop.supplier.consignorder.notify.tms.change`: method, response root, request and response schemas. */
export const alibabaAscpUopSupplierConsignorderNotifyTmsChangeOperation = {
  method: 'alibaba.ascp.uop.supplier.consignorder.notify.tms.change',
  responseRoot: 'alibaba_ascp_uop_supplier_consignorder_notify_tms_change_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家修改运单号 — calls TOP method `alibaba.ascp.uop.supplier.consignorder.notify.tms.change`.
 *
 * 供应商可以通过此接口，对出库回告上报的运单号进行修改，目前一次调用只能支持一个运单号的修改
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpUopSupplierConsignorderNotifyTmsChange(
  client: TopClient,
  request: AlibabaAscpUopSupplierConsignorderNotifyTmsChangeRequest,
  options?: CallOptions,
): Promise<AlibabaAscpUopSupplierConsignorderNotifyTmsChangeResponse> {
  return client.call<AlibabaAscpUopSupplierConsignorderNotifyTmsChangeResponse>(
    {
      method: 'alibaba.ascp.uop.supplier.consignorder.notify.tms.change',
      responseRoot: 'alibaba_ascp_uop_supplier_consignorder_notify_tms_change_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
