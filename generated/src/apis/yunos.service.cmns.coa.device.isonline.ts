// Generated from specs/cmns/yunos.service.cmns.coa.device.isonline.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.service.cmns.coa.device.isonline` (根据设备id查询设备是否在线). */
export interface YunosServiceCmnsCoaDeviceIsonlineRequest {
  /** 设备id类型，取值"uuid"或者"imei"或者"deviceToken" */
  type?: string;
  /** 对应的设备id值 */
  value?: string;
}

/** Response of `yunos.service.cmns.coa.device.isonline`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosServiceCmnsCoaDeviceIsonlineResponse {
  /** data */
  data?: Int64;
  /** msg */
  message?: string;
  /** status */
  status?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  type: 'String',
  value: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Number',
  message: 'String',
  status: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `yunos.service.cmns.coa.device.isonline`: method, response root, request and response schemas. */
export const yunosServiceCmnsCoaDeviceIsonlineOperation = {
  method: 'yunos.service.cmns.coa.device.isonline',
  responseRoot: 'yunos_service_cmns_coa_device_isonline_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据设备id查询设备是否在线 — calls TOP method `yunos.service.cmns.coa.device.isonline`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosServiceCmnsCoaDeviceIsonline(
  client: TopClient,
  request: YunosServiceCmnsCoaDeviceIsonlineRequest = {},
  options?: CallOptions,
): Promise<YunosServiceCmnsCoaDeviceIsonlineResponse> {
  return client.call<YunosServiceCmnsCoaDeviceIsonlineResponse>(
    {
      method: 'yunos.service.cmns.coa.device.isonline',
      responseRoot: 'yunos_service_cmns_coa_device_isonline_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
