// Generated from specs/util/wdk.rexout.device.iot.registerid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `wdk.rexout.device.iot.registerid` (通过设备ID获取三元组-外部). */
export interface WdkRexoutDeviceIotRegisteridRequest {
  /** 平台key */
  access_key: string;
  /** 平台签名 */
  access_sign: string;
  /** 签名时间戳,毫秒,加密时使用时间加密则必传 */
  access_time?: string;
  /** 设备ID */
  uuid: string;
}

/** Response of `wdk.rexout.device.iot.registerid`: TOP returns only requested, non-null fields, so all are optional. */
export interface WdkRexoutDeviceIotRegisteridResponse {
  /** 数据 */
  data?: WdkRexoutDeviceIotRegisteridIotRegisterResult;
  /** 结果 */
  succeed?: boolean;
  /** 错误信息 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IotRegisterResult` of `wdk.rexout.device.iot.registerid`. */
export interface WdkRexoutDeviceIotRegisteridIotRegisterResult {
  /** 产品Key */
  product_key?: string;
  /** 设备名称 */
  device_name?: string;
  /** 设备Secret */
  device_secret?: string;
}

const REQUEST_SCHEMA = {
  access_key: 'String',
  access_sign: 'String',
  access_time: 'String',
  uuid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    product_key: 'String',
    device_name: 'String',
    device_secret: 'String',
  },
  succeed: 'Boolean',
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `wdk.rexout.device.iot.registerid`: method, response root, request and response schemas. */
export const wdkRexoutDeviceIotRegisteridOperation = {
  method: 'wdk.rexout.device.iot.registerid',
  responseRoot: 'wdk_rexout_device_iot_registerid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过设备ID获取三元组-外部 — calls TOP method `wdk.rexout.device.iot.registerid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function wdkRexoutDeviceIotRegisterid(
  client: TopClient,
  request: WdkRexoutDeviceIotRegisteridRequest,
  options?: CallOptions,
): Promise<WdkRexoutDeviceIotRegisteridResponse> {
  return client.call<WdkRexoutDeviceIotRegisteridResponse>(
    {
      method: 'wdk.rexout.device.iot.registerid',
      responseRoot: 'wdk_rexout_device_iot_registerid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
