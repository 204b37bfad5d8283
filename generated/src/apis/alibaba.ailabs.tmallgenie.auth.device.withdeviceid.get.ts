// Generated from specs/alilabs/alibaba.ailabs.tmallgenie.auth.device.withdeviceid.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tmallgenie.auth.device.withdeviceid.get` (根据三方ID查询设备注册激活信息). */
export interface AlibabaAilabsTmallgenieAuthDeviceWithdeviceidGetRequest {
  /** 设备产品ID */
  client_id?: string;
  /** mac地址 */
  mac?: string;
}

/** Response of `alibaba.ailabs.tmallgenie.auth.device.withdeviceid.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTmallgenieAuthDeviceWithdeviceidGetResponse {
  /** 接口返回model */
  result?: AlibabaAilabsTmallgenieAuthDeviceWithdeviceidGetResult2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ailabs.tmallgenie.auth.device.withdeviceid.get`. */
export interface AlibabaAilabsTmallgenieAuthDeviceWithdeviceidGetResult2 {
  /** 结果 */
  result?: AlibabaAilabsTmallgenieAuthDeviceWithdeviceidGetResult;
  /** code */
  code?: Int64;
  /** message */
  message?: string;
}

/** `Result` of `alibaba.ailabs.tmallgenie.auth.device.withdeviceid.get`. */
export interface AlibabaAilabsTmallgenieAuthDeviceWithdeviceidGetResult {
  /** 用户安全ID */
  user_open_id?: string;
  /** 设备名称 */
  name?: string;
  /** 天猫精灵设备唯一ID */
  uuid?: string;
  /** 设备Mac地址 */
  device_id?: string;
}

const REQUEST_SCHEMA = {
  client_id: 'String',
  mac: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: {
      user_open_id: 'String',
      name: 'String',
      uuid: 'String',
      device_id: 'String',
    },
    code: 'Number',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.tmallgenie.auth.device.withdeviceid.get`: method, response root, request and response schemas. */
export const alibabaAilabsTmallgenieAuthDeviceWithdeviceidGetOperation = {
  method: 'alibaba.ailabs.tmallgenie.auth.device.withdeviceid.get',
  responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_withdeviceid_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据三方ID查询设备注册激活信息 — calls TOP method `alibaba.ailabs.tmallgenie.auth.device.withdeviceid.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTmallgenieAuthDeviceWithdeviceidGet(
  client: TopClient,
  request: AlibabaAilabsTmallgenieAuthDeviceWithdeviceidGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabsTmallgenieAuthDeviceWithdeviceidGetResponse> {
  return client.call<AlibabaAilabsTmallgenieAuthDeviceWithdeviceidGetResponse>(
    {
      method: 'alibaba.ailabs.tmallgenie.auth.device.withdeviceid.get',
      responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_withdeviceid_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
