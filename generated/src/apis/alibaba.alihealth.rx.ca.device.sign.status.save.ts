// Generated from specs/alihealthoutflow/alibaba.alihealth.rx.ca.device.sign.status.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.rx.ca.device.sign.status.save` (处方ca认证-厂商通知接口). */
export interface AlibabaAlihealthRxCaDeviceSignStatusSaveRequest {
  /** 入参 */
  param0?: AlibabaAlihealthRxCaDeviceSignStatusSaveCaSignStatusSaveRequestInput;
}

/** Response of `alibaba.alihealth.rx.ca.device.sign.status.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthRxCaDeviceSignStatusSaveResponse {
  /** 出参 */
  data?: boolean;
  /** 错误码 */
  exception_code?: string;
  /** 错误信息 */
  exception_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CaSignStatusSaveRequest` of `alibaba.alihealth.rx.ca.device.sign.status.save`. */
export interface AlibabaAlihealthRxCaDeviceSignStatusSaveCaSignStatusSaveRequestInput {
  /** 子机构id */
  third_depart_id?: string;
  /** 第三方下属厂商id(最大64位) */
  client_id: string;
  /** 证书有效期结束时间 */
  cert_end_date?: string;
  /** 签名值 */
  sign: string;
  /** 公章base64编码格式(仅在制作签章时回调) */
  stamp?: string;
  /** 子机构在医网信id(子机构审核制章的值) */
  depart_id?: string;
  /** 描述(拒绝有值) */
  description?: string;
  /** 证书序列号 */
  cert_num?: string;
  /** 证书有效期开始时间 */
  cert_start_date?: string;
  /** 状态 1:通过 2:停用 3:拒绝 */
  status: string;
}

const REQUEST_SCHEMA = {
  param0: {
    third_depart_id: 'String',
    client_id: 'String',
    cert_end_date: 'String',
    sign: 'String',
    stamp: 'String',
    depart_id: 'String',
    description: 'String',
    cert_num: 'String',
    cert_start_date: 'String',
    status: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Boolean',
  exception_code: 'String',
  exception_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.rx.ca.device.sign.status.save`: method, response root, request and response schemas. */
export const alibabaAlihealthRxCaDeviceSignStatusSaveOperation = {
  method: 'alibaba.alihealth.rx.ca.device.sign.status.save',
  responseRoot: 'alibaba_alihealth_rx_ca_device_sign_status_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 处方ca认证-厂商通知接口 — calls TOP method `alibaba.alihealth.rx.ca.device.sign.status.save`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthRxCaDeviceSignStatusSave(
  client: TopClient,
  request: AlibabaAlihealthRxCaDeviceSignStatusSaveRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthRxCaDeviceSignStatusSaveResponse> {
  return client.call<AlibabaAlihealthRxCaDeviceSignStatusSaveResponse>(
    {
      method: 'alibaba.alihealth.rx.ca.device.sign.status.save',
      responseRoot: 'alibaba_alihealth_rx_ca_device_sign_status_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
