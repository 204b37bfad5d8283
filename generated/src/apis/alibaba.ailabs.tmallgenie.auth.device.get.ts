// Generated from specs/alilabs/alibaba.ailabs.tmallgenie.auth.device.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tmallgenie.auth.device.get` (获取设备详情). */
export interface AlibabaAilabsTmallgenieAuthDeviceGetRequest {
  /** 客户id */
  client_id: string;
  /** 用户开放id */
  user_open_id: string;
  /** 设备uuid */
  uuid: string;
}

/** Response of `alibaba.ailabs.tmallgenie.auth.device.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTmallgenieAuthDeviceGetResponse {
  /** 设备信息 */
  device_info?: AlibabaAilabsTmallgenieAuthDeviceGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ailabs.tmallgenie.auth.device.get`. */
export interface AlibabaAilabsTmallgenieAuthDeviceGetResult {
  /** 拓展信息 */
  extensions?: string;
  /** 设备名 */
  name?: string;
  /** 设备三方唯一id */
  device_id?: string;
  /** 设备uuid */
  uuid?: string;
  /** 设备标签 */
  device_tag?: AlibabaAilabsTmallgenieAuthDeviceGetHashMap;
}

/** `HashMap` of `alibaba.ailabs.tmallgenie.auth.device.get`. */
export interface AlibabaAilabsTmallgenieAuthDeviceGetHashMap {
  /** ROM */
  rom?: string;
  /** RAM */
  ram?: string;
}

const REQUEST_SCHEMA = {
  client_id: 'String',
  user_open_id: 'String',
  uuid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  device_info: {
    extensions: 'String',
    name: 'String',
    device_id: 'String',
    uuid: 'String',
    device_tag: {
      rom: 'String',
      ram: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.tmallgenie.auth.device.get`: method, response root, request and response schemas. */
export const alibabaAilabsTmallgenieAuthDeviceGetOperation = {
  method: 'alibaba.ailabs.tmallgenie.auth.device.get',
  responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取设备详情 — calls TOP method `alibaba.ailabs.tmallgenie.auth.device.get`.
 *
 * 通过此接口获取设备详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTmallgenieAuthDeviceGet(
  client: TopClient,
  request: AlibabaAilabsTmallgenieAuthDeviceGetRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsTmallgenieAuthDeviceGetResponse> {
  return client.call<AlibabaAilabsTmallgenieAuthDeviceGetResponse>(
    {
      method: 'alibaba.ailabs.tmallgenie.auth.device.get',
      responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
