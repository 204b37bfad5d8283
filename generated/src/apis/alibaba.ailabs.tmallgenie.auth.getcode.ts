// Generated from specs/alilabs/alibaba.ailabs.tmallgenie.auth.getcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tmallgenie.auth.getcode` (获取token). */
export interface AlibabaAilabsTmallgenieAuthGetcodeRequest {
  /** 授权参数 */
  auth_param?: AlibabaAilabsTmallgenieAuthGetcodeTopAuthReqDtoInput;
  /** 设备参数 */
  device_param?: AlibabaAilabsTmallgenieAuthGetcodeTopDeviceReqDtoInput;
}

/** Response of `alibaba.ailabs.tmallgenie.auth.getcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTmallgenieAuthGetcodeResponse {
  /** 授权码 json 串，包含授权码和二维码URL */
  auth_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopAuthReqDto` of `alibaba.ailabs.tmallgenie.auth.getcode`. */
export interface AlibabaAilabsTmallgenieAuthGetcodeTopAuthReqDtoInput {
  /** 二维码授权 只支持qrcode */
  response_type?: string;
  /** 天猫精灵分配的clientId */
  client_id?: string;
  /** OAUTH2 scope 只支持basic */
  scope?: string;
  /** OAUTH2 state 随意填写 */
  state?: string;
}

/** `TopDeviceReqDto` of `alibaba.ailabs.tmallgenie.auth.getcode`. */
export interface AlibabaAilabsTmallgenieAuthGetcodeTopDeviceReqDtoInput {
  /** 设备签名 */
  device_signature?: string;
  /** 三方设备id */
  device_id?: string;
}

const REQUEST_SCHEMA = {
  auth_param: {
    response_type: 'String',
    client_id: 'String',
    scope: 'String',
    state: 'String',
  },
  device_param: {
    device_signature: 'String',
    device_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  auth_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.tmallgenie.auth.getcode`: method, response root, request and response schemas. */
export const alibabaAilabsTmallgenieAuthGetcodeOperation = {
  method: 'alibaba.ailabs.tmallgenie.auth.getcode',
  responseRoot: 'alibaba_ailabs_tmallgenie_auth_getcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取token — calls TOP method `alibaba.ailabs.tmallgenie.auth.getcode`.
 *
 * 获取天猫精灵authCode
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTmallgenieAuthGetcode(
  client: TopClient,
  request: AlibabaAilabsTmallgenieAuthGetcodeRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabsTmallgenieAuthGetcodeResponse> {
  return client.call<AlibabaAilabsTmallgenieAuthGetcodeResponse>(
    {
      method: 'alibaba.ailabs.tmallgenie.auth.getcode',
      responseRoot: 'alibaba_ailabs_tmallgenie_auth_getcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
