// Generated from specs/tmallgenie/alibaba.ailabs.tmallgenie.auth.device.qrcode.staticbind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tmallgenie.auth.device.qrcode.staticbind` (静态二维码绑定). */
export interface AlibabaAilabsTmallgenieAuthDeviceQrcodeStaticbindRequest {
  /** 设备唯一标识，如mac或sn */
  identifier?: string;
  /** 产品唯一标识，星空平台产品pk */
  product_key?: string;
  /** 签名摘要 */
  digest?: string;
}

/** Response of `alibaba.ailabs.tmallgenie.auth.device.qrcode.staticbind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTmallgenieAuthDeviceQrcodeStaticbindResponse {
  /** 接口返回model */
  result?: AlibabaAilabsTmallgenieAuthDeviceQrcodeStaticbindResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ailabs.tmallgenie.auth.device.qrcode.staticbind`. */
export interface AlibabaAilabsTmallgenieAuthDeviceQrcodeStaticbindResult {
  /** 响应结果 */
  result?: AlibabaAilabsTmallgenieAuthDeviceQrcodeStaticbindAuthResultVo;
  /** message */
  message?: string;
  /** code */
  code?: Int64;
}

/** `AuthResultVo` of `alibaba.ailabs.tmallgenie.auth.device.qrcode.staticbind`. */
export interface AlibabaAilabsTmallgenieAuthDeviceQrcodeStaticbindAuthResultVo {
  /** 设备uuid */
  device_id?: string;
  /** 精灵用户openid */
  user_open_id?: string;
}

const REQUEST_SCHEMA = {
  identifier: 'String',
  product_key: 'String',
  digest: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: {
      device_id: 'String',
      user_open_id: 'String',
    },
    message: 'String',
    code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.tmallgenie.auth.device.qrcode.staticbind`: method, response root, request and response schemas. */
export const alibabaAilabsTmallgenieAuthDeviceQrcodeStaticbindOperation = {
  method: 'alibaba.ailabs.tmallgenie.auth.device.qrcode.staticbind',
  responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_qrcode_staticbind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 静态二维码绑定 — calls TOP method `alibaba.ailabs.tmallgenie.auth.device.qrcode.staticbind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTmallgenieAuthDeviceQrcodeStaticbind(
  client: TopClient,
  request: AlibabaAilabsTmallgenieAuthDeviceQrcodeStaticbindRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabsTmallgenieAuthDeviceQrcodeStaticbindResponse> {
  return client.call<AlibabaAilabsTmallgenieAuthDeviceQrcodeStaticbindResponse>(
    {
      method: 'alibaba.ailabs.tmallgenie.auth.device.qrcode.staticbind',
      responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_qrcode_staticbind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
