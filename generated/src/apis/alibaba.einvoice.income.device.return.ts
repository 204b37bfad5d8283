// Generated from specs/einvoice/alibaba.einvoice.income.device.return.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.income.device.return` (服务商回传客户端设备列表). */
export interface AlibabaEinvoiceIncomeDeviceReturnRequest {
  /**
   * 设备列表，success=true时必填
   *
   * Max list size: 20
   */
  device_list?: string[];
  /** 错误码，success=false时必填 */
  error_code?: string;
  /** 错误信息，success=false时必填 */
  error_message?: string;
  /** 请求标识 */
  req_index: string;
  /** 查询设备是否成功，true=成功，false=失败 */
  success: boolean;
}

/** Response of `alibaba.einvoice.income.device.return`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceIncomeDeviceReturnResponse {
  /** 接口是否调用成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  device_list: ['String'],
  error_code: 'String',
  error_message: 'String',
  req_index: 'String',
  success: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.income.device.return`: method, response root, request and response schemas. */
export const alibabaEinvoiceIncomeDeviceReturnOperation = {
  method: 'alibaba.einvoice.income.device.return',
  responseRoot: 'alibaba_einvoice_income_device_return_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商回传客户端设备列表 — calls TOP method `alibaba.einvoice.income.device.return`.
 *
 * 服务商回传客户端agent所处环境的设备列表，比如扫描仪
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceIncomeDeviceReturn(
  client: TopClient,
  request: AlibabaEinvoiceIncomeDeviceReturnRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceIncomeDeviceReturnResponse> {
  return client.call<AlibabaEinvoiceIncomeDeviceReturnResponse>(
    {
      method: 'alibaba.einvoice.income.device.return',
      responseRoot: 'alibaba_einvoice_income_device_return_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
