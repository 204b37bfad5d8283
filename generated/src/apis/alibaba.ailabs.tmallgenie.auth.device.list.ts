// Generated from specs/alilabs/alibaba.ailabs.tmallgenie.auth.device.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tmallgenie.auth.device.list` (获取用户设备列表). */
export interface AlibabaAilabsTmallgenieAuthDeviceListRequest {
  /** 客户id */
  client_id: string;
  /** 用户开放id */
  user_open_id: string;
}

/** Response of `alibaba.ailabs.tmallgenie.auth.device.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTmallgenieAuthDeviceListResponse {
  /** 设备列表 */
  devices?: AlibabaAilabsTmallgenieAuthDeviceListResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ailabs.tmallgenie.auth.device.list`. */
export interface AlibabaAilabsTmallgenieAuthDeviceListResult {
  /** 拓展信息 */
  extensions?: string;
  /** 设备名 */
  name?: string;
  /** 设备唯一id */
  device_id?: string;
  /** 设备UUID */
  uuid?: string;
}

const REQUEST_SCHEMA = {
  client_id: 'String',
  user_open_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  devices: [
    {
      extensions: 'String',
      name: 'String',
      device_id: 'String',
      uuid: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.tmallgenie.auth.device.list`: method, response root, request and response schemas. */
export const alibabaAilabsTmallgenieAuthDeviceListOperation = {
  method: 'alibaba.ailabs.tmallgenie.auth.device.list',
  responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取用户设备列表 — calls TOP method `alibaba.ailabs.tmallgenie.auth.device.list`.
 *
 * 通过此接口获取用户绑定的设备信息列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTmallgenieAuthDeviceList(
  client: TopClient,
  request: AlibabaAilabsTmallgenieAuthDeviceListRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsTmallgenieAuthDeviceListResponse> {
  return client.call<AlibabaAilabsTmallgenieAuthDeviceListResponse>(
    {
      method: 'alibaba.ailabs.tmallgenie.auth.device.list',
      responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
