// Generated from specs/tmallgenie/alibaba.ailabs.tmallgenie.auth.device.getcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tmallgenie.auth.device.getcode` (获取authcode). */
export interface AlibabaAilabsTmallgenieAuthDeviceGetcodeRequest {}

/** Response of `alibaba.ailabs.tmallgenie.auth.device.getcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTmallgenieAuthDeviceGetcodeResponse {
  /** authcode */
  result?: string;
  /** code */
  result_code?: Int64;
  /** message */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
  result_code: 'Number',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.tmallgenie.auth.device.getcode`: method, response root, request and response schemas. */
export const alibabaAilabsTmallgenieAuthDeviceGetcodeOperation = {
  method: 'alibaba.ailabs.tmallgenie.auth.device.getcode',
  responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_getcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取authcode — calls TOP method `alibaba.ailabs.tmallgenie.auth.device.getcode`.
 *
 * 获取绑定的authcode
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTmallgenieAuthDeviceGetcode(
  client: TopClient,
  request: AlibabaAilabsTmallgenieAuthDeviceGetcodeRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabsTmallgenieAuthDeviceGetcodeResponse> {
  return client.call<AlibabaAilabsTmallgenieAuthDeviceGetcodeResponse>(
    {
      method: 'alibaba.ailabs.tmallgenie.auth.device.getcode',
      responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_getcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
