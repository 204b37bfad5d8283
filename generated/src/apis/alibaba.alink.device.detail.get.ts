// Generated from specs/alink/alibaba.alink.device.detail.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alink.device.detail.get` (获取设备详情). */
export interface AlibabaAlinkDeviceDetailGetRequest {
  /** 设备id */
  uuid?: string;
}

/** Response of `alibaba.alink.device.detail.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlinkDeviceDetailGetResponse {
  /** 结果 */
  result?: AlibabaAlinkDeviceDetailGetTopServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceResult` of `alibaba.alink.device.detail.get`. */
export interface AlibabaAlinkDeviceDetailGetTopServiceResult {
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

/** Static description of `alibaba.alink.device.detail.get`: method, response root, request and response schemas. */
export const alibabaAlinkDeviceDetailGetOperation = {
  method: 'alibaba.alink.device.detail.get',
  responseRoot: 'alibaba_alink_device_detail_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取设备详情 — calls TOP method `alibaba.alink.device.detail.get`.
 *
 * 阿里智能获取设备详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlinkDeviceDetailGet(
  client: TopClient,
  request: AlibabaAlinkDeviceDetailGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlinkDeviceDetailGetResponse> {
  return client.call<AlibabaAlinkDeviceDetailGetResponse>(
    {
      method: 'alibaba.alink.device.detail.get',
      responseRoot: 'alibaba_alink_device_detail_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
