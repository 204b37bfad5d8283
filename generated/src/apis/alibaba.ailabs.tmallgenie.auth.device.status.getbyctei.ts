// Generated from specs/alilabs/alibaba.ailabs.tmallgenie.auth.device.status.getbyctei.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tmallgenie.auth.device.status.getbyctei` (根据ctei查询状态). */
export interface AlibabaAilabsTmallgenieAuthDeviceStatusGetbycteiRequest {
  /** ctei */
  ctei?: string;
}

/** Response of `alibaba.ailabs.tmallgenie.auth.device.status.getbyctei`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTmallgenieAuthDeviceStatusGetbycteiResponse {
  /** 接口对象封装 */
  result?: AlibabaAilabsTmallgenieAuthDeviceStatusGetbycteiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ailabs.tmallgenie.auth.device.status.getbyctei`. */
export interface AlibabaAilabsTmallgenieAuthDeviceStatusGetbycteiResult {
  /** 接口返回model */
  result?: AlibabaAilabsTmallgenieAuthDeviceStatusGetbycteiDeviceStatusVO;
  /** 状态码（200：成功，其他：失败） */
  code?: Int64;
  /** 结果描述 */
  message?: string;
}

/** `DeviceStatusVO` of `alibaba.ailabs.tmallgenie.auth.device.status.getbyctei`. */
export interface AlibabaAilabsTmallgenieAuthDeviceStatusGetbycteiDeviceStatusVO {
  /** 扩展返回，保留使用 */
  extensions?: string;
  /** 在线状态（0：离线，1：在线） */
  online_status?: string;
  /** uuid */
  uuid?: string;
}

const REQUEST_SCHEMA = {
  ctei: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: {
      extensions: 'String',
      online_status: 'String',
      uuid: 'String',
    },
    code: 'Number',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.tmallgenie.auth.device.status.getbyctei`: method, response root, request and response schemas. */
export const alibabaAilabsTmallgenieAuthDeviceStatusGetbycteiOperation = {
  method: 'alibaba.ailabs.tmallgenie.auth.device.status.getbyctei',
  responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_status_getbyctei_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据ctei查询状态 — calls TOP method `alibaba.ailabs.tmallgenie.auth.device.status.getbyctei`.
 *
 * 提供给电信查询设备在线状态值
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTmallgenieAuthDeviceStatusGetbyctei(
  client: TopClient,
  request: AlibabaAilabsTmallgenieAuthDeviceStatusGetbycteiRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabsTmallgenieAuthDeviceStatusGetbycteiResponse> {
  return client.call<AlibabaAilabsTmallgenieAuthDeviceStatusGetbycteiResponse>(
    {
      method: 'alibaba.ailabs.tmallgenie.auth.device.status.getbyctei',
      responseRoot: 'alibaba_ailabs_tmallgenie_auth_device_status_getbyctei_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
