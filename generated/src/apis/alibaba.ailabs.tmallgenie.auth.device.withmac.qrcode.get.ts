// Generated from specs/tmallgenie/alibaba.ailabs.tmallgenie.auth.device.withmac.qrcode.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tmallgenie.auth.device.withmac.qrcode.get` (根据mac查询设备的安全二维码). */
export interface AlibabaAilabsTmallgenieAuthDeviceWithmacQrcodeGetRequest {
  /** 产品ID */
  client_id?: string;
  /** 设备mac地址 */
  mac?: string;
}

/** Response of `alibaba.ailabs.tmallgenie.auth.device.withmac.qrcode.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTmallgenieAuthDeviceWithmacQrcodeGetResponse {
  /** 二维码数据 */
  result?: string;
  /** 结果码 */
  ret_code?: Int64;
  /** 结果描述 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  client_id: 'String',
  mac: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
  ret_code: 'Number',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.tmallgenie.auth.device.withmac.qrcode.get`: method, response root, request and response schemas. */
export const alibabaAilabsTmallgenieAuthDeviceWithmacQrcodeGetOperation = {
  method: 'alibaba.ailabs.tmallgenie.auth.device.withmac.qrcode.get',
  responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_withmac_qrcode_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据mac查询设备的安全二维码 — calls TOP method `alibaba.ailabs.tmallgenie.auth.device.withmac.qrcode.get`.
 *
 * 根据mac查询二维码详细信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTmallgenieAuthDeviceWithmacQrcodeGet(
  client: TopClient,
  request: AlibabaAilabsTmallgenieAuthDeviceWithmacQrcodeGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabsTmallgenieAuthDeviceWithmacQrcodeGetResponse> {
  return client.call<AlibabaAilabsTmallgenieAuthDeviceWithmacQrcodeGetResponse>(
    {
      method: 'alibaba.ailabs.tmallgenie.auth.device.withmac.qrcode.get',
      responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_withmac_qrcode_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
