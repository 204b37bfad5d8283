// Generated from specs/alilabs/alibaba.ailabs.iot.device.list.update.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.iot.device.list.update.notify` (设备列表更新通知). */
export interface AlibabaAilabsIotDeviceListUpdateNotifyRequest {
  /** 用户OAuth授权后的token */
  token: string;
  /** 厂商在天猫精灵开放平台申请的技能id */
  skill_id: string;
  /** 更新类型 1：设备更新 2：场景更新 */
  type?: string;
}

/** Response of `alibaba.ailabs.iot.device.list.update.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsIotDeviceListUpdateNotifyResponse {
  /** 接口返回model */
  result?: AlibabaAilabsIotDeviceListUpdateNotifyResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ailabs.iot.device.list.update.notify`. */
export interface AlibabaAilabsIotDeviceListUpdateNotifyResult {
  /** 附加信息 */
  message?: string;
  /** 请求响应码，200代表成功 */
  status_code?: Int64;
  /** 设备列表更新通知是否成功 */
  result?: boolean;
}

const REQUEST_SCHEMA = {
  token: 'String',
  skill_id: 'String',
  type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    status_code: 'Number',
    result: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.iot.device.list.update.notify`: method, response root, request and response schemas. */
export const alibabaAilabsIotDeviceListUpdateNotifyOperation = {
  method: 'alibaba.ailabs.iot.device.list.update.notify',
  responseRoot: 'alibaba_ailabs_iot_device_list_update_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 设备列表更新通知 — calls TOP method `alibaba.ailabs.iot.device.list.update.notify`.
 *
 * 用于人工智能实验室IoT合作厂商上报三方接入IoT设备列表更新时的通知
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsIotDeviceListUpdateNotify(
  client: TopClient,
  request: AlibabaAilabsIotDeviceListUpdateNotifyRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsIotDeviceListUpdateNotifyResponse> {
  return client.call<AlibabaAilabsIotDeviceListUpdateNotifyResponse>(
    {
      method: 'alibaba.ailabs.iot.device.list.update.notify',
      responseRoot: 'alibaba_ailabs_iot_device_list_update_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
