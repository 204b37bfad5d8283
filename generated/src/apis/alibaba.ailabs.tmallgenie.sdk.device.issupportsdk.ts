// Generated from specs/tmallgenie/alibaba.ailabs.tmallgenie.sdk.device.issupportsdk.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tmallgenie.sdk.device.issupportsdk` (是否支持云回看新SDK). */
export interface AlibabaAilabsTmallgenieSdkDeviceIssupportsdkRequest {
  /** 天翼账号 */
  ty_account: string;
  /** 设备的ctei串码 */
  ctei: string;
}

/** Response of `alibaba.ailabs.tmallgenie.sdk.device.issupportsdk`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTmallgenieSdkDeviceIssupportsdkResponse {
  /** 接口返回model */
  result?: AlibabaAilabsTmallgenieSdkDeviceIssupportsdkResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ailabs.tmallgenie.sdk.device.issupportsdk`. */
export interface AlibabaAilabsTmallgenieSdkDeviceIssupportsdkResult {
  /** 是否支持 */
  result?: boolean;
  /** code */
  code?: Int64;
  /** message */
  message?: string;
}

const REQUEST_SCHEMA = {
  ty_account: 'String',
  ctei: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: 'Boolean',
    code: 'Number',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.tmallgenie.sdk.device.issupportsdk`: method, response root, request and response schemas. */
export const alibabaAilabsTmallgenieSdkDeviceIssupportsdkOperation = {
  method: 'alibaba.ailabs.tmallgenie.sdk.device.issupportsdk',
  responseRoot: 'alibaba_ailabs_tmallgenie_sdk_device_issupportsdk_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 是否支持云回看新SDK — calls TOP method `alibaba.ailabs.tmallgenie.sdk.device.issupportsdk`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTmallgenieSdkDeviceIssupportsdk(
  client: TopClient,
  request: AlibabaAilabsTmallgenieSdkDeviceIssupportsdkRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsTmallgenieSdkDeviceIssupportsdkResponse> {
  return client.call<AlibabaAilabsTmallgenieSdkDeviceIssupportsdkResponse>(
    {
      method: 'alibaba.ailabs.tmallgenie.sdk.device.issupportsdk',
      responseRoot: 'alibaba_ailabs_tmallgenie_sdk_device_issupportsdk_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
