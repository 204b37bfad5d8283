// Generated from specs/alink/alibaba.alink.device.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alink.device.bind` (绑定设备). */
export interface AlibabaAlinkDeviceBindRequest {
  /** 设备id */
  uuid?: string;
}

/** Response of `alibaba.alink.device.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlinkDeviceBindResponse {
  /** 结果 */
  result?: AlibabaAlinkDeviceBindTopServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceResult` of `alibaba.alink.device.bind`. */
export interface AlibabaAlinkDeviceBindTopServiceResult {
  /** 接口返回数据 */
  data?: string | Record<string, unknown>;
  /** code */
  code?: string;
  /** 是否成功 */
  success?: boolean;
  /** message */
  msg?: string;
  /** 详细描述 */
  description?: string;
}

const REQUEST_SCHEMA = {
  uuid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Json',
    code: 'String',
    success: 'Boolean',
    msg: 'String',
    description: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alink.device.bind`: method, response root, request and response schemas. */
export const alibabaAlinkDeviceBindOperation = {
  method: 'alibaba.alink.device.bind',
  responseRoot: 'alibaba_alink_device_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 绑定设备 — calls TOP method `alibaba.alink.device.bind`.
 *
 * 阿里智能解绑设备
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlinkDeviceBind(
  client: TopClient,
  request: AlibabaAlinkDeviceBindRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlinkDeviceBindResponse> {
  return client.call<AlibabaAlinkDeviceBindResponse>(
    {
      method: 'alibaba.alink.device.bind',
      responseRoot: 'alibaba_alink_device_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
