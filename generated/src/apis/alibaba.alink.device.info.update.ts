// Generated from specs/alink/alibaba.alink.device.info.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alink.device.info.update` (更新设备昵称等信息). */
export interface AlibabaAlinkDeviceInfoUpdateRequest {
  /** 设备id */
  uuid?: string;
  /** 设备昵称 */
  nick_name?: string;
}

/** Response of `alibaba.alink.device.info.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlinkDeviceInfoUpdateResponse {
  /** 结果 */
  result?: AlibabaAlinkDeviceInfoUpdateTopServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceResult` of `alibaba.alink.device.info.update`. */
export interface AlibabaAlinkDeviceInfoUpdateTopServiceResult {
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
  nick_name: 'String',
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

/** Static description of `alibaba.alink.device.info.update`: method, response root, request and response schemas. */
export const alibabaAlinkDeviceInfoUpdateOperation = {
  method: 'alibaba.alink.device.info.update',
  responseRoot: 'alibaba_alink_device_info_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新设备昵称等信息 — calls TOP method `alibaba.alink.device.info.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlinkDeviceInfoUpdate(
  client: TopClient,
  request: AlibabaAlinkDeviceInfoUpdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlinkDeviceInfoUpdateResponse> {
  return client.call<AlibabaAlinkDeviceInfoUpdateResponse>(
    {
      method: 'alibaba.alink.device.info.update',
      responseRoot: 'alibaba_alink_device_info_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
