// Generated from specs/einvoice/alibaba.einvoice.device.order.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.device.order.update` (回传/更新设备订购单). */
export interface AlibabaEinvoiceDeviceOrderUpdateRequest {
  /** 订购单工单事件： deploy_finish: 设备就绪，部署完成 isv_reject: 服务商驳回订购单 */
  action: string;
  /** 税控设备ID */
  device_id?: string;
  /** 拓展字段。 ①当action=deploy_finish时，拓展字段中必须包含： serv_start_time: 服务有效周期-起始时间 serv_end_time: 服务有效周期-结束时间 时间格式：yyyy-MM-dd HH:mm:ss ②当action=isv_reject时，拓展字段中必须包含： message: 驳回原因 */
  ext_json?: string;
  /** 订购开通单ID */
  flow_id: string;
  /** 税号 */
  payee_register_no: string;
}

/** Response of `alibaba.einvoice.device.order.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceDeviceOrderUpdateResponse {
  /** 操作结果 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  action: 'String',
  device_id: 'String',
  ext_json: 'String',
  flow_id: 'String',
  payee_register_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.device.order.update`: method, response root, request and response schemas. */
export const alibabaEinvoiceDeviceOrderUpdateOperation = {
  method: 'alibaba.einvoice.device.order.update',
  responseRoot: 'alibaba_einvoice_device_order_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 回传/更新设备订购单 — calls TOP method `alibaba.einvoice.device.order.update`.
 *
 * 更新设备订购单，同步税控设备信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceDeviceOrderUpdate(
  client: TopClient,
  request: AlibabaEinvoiceDeviceOrderUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceDeviceOrderUpdateResponse> {
  return client.call<AlibabaEinvoiceDeviceOrderUpdateResponse>(
    {
      method: 'alibaba.einvoice.device.order.update',
      responseRoot: 'alibaba_einvoice_device_order_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
