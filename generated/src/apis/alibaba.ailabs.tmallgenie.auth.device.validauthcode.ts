// Generated from specs/tmallgenie/alibaba.ailabs.tmallgenie.auth.device.validauthcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tmallgenie.auth.device.validauthcode` (根据authcode查询绑定结果). */
export interface AlibabaAilabsTmallgenieAuthDeviceValidauthcodeRequest {
  /** authcode */
  authcode: string;
}

/** Response of `alibaba.ailabs.tmallgenie.auth.device.validauthcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTmallgenieAuthDeviceValidauthcodeResponse {
  /** 接口返回model */
  result?: AlibabaAilabsTmallgenieAuthDeviceValidauthcodeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ailabs.tmallgenie.auth.device.validauthcode`. */
export interface AlibabaAilabsTmallgenieAuthDeviceValidauthcodeResult {
  /** uuid */
  result?: string;
  /** code */
  code?: Int64;
  /** message */
  message?: string;
}

const REQUEST_SCHEMA = {
  authcode: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: 'String',
    code: 'Number',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.tmallgenie.auth.device.validauthcode`: method, response root, request and response schemas. */
export const alibabaAilabsTmallgenieAuthDeviceValidauthcodeOperation = {
  method: 'alibaba.ailabs.tmallgenie.auth.device.validauthcode',
  responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_validauthcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据authcode查询绑定结果 — calls TOP method `alibaba.ailabs.tmallgenie.auth.device.validauthcode`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTmallgenieAuthDeviceValidauthcode(
  client: TopClient,
  request: AlibabaAilabsTmallgenieAuthDeviceValidauthcodeRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsTmallgenieAuthDeviceValidauthcodeResponse> {
  return client.call<AlibabaAilabsTmallgenieAuthDeviceValidauthcodeResponse>(
    {
      method: 'alibaba.ailabs.tmallgenie.auth.device.validauthcode',
      responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_validauthcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
