// Generated from specs/alilabs/alibaba.ailabs.iot.device.status.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.iot.device.status.update` (ailabs iot 设备状态更新). */
export interface AlibabaAilabsIotDeviceStatusUpdateRequest {
  /** 入参设备信息 */
  device_status_d_t_o: AlibabaAilabsIotDeviceStatusUpdateDeviceStatusDtoInput;
}

/** Response of `alibaba.ailabs.iot.device.status.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsIotDeviceStatusUpdateResponse {
  /** 设备状态更新是否成功 */
  result?: AlibabaAilabsIotDeviceStatusUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeviceStatusDto` of `alibaba.ailabs.iot.device.status.update`. */
export interface AlibabaAilabsIotDeviceStatusUpdateDeviceStatusDtoInput {
  /** payload */
  payload: AlibabaAilabsIotDeviceStatusUpdatePayloadInput;
  /** header */
  header: AlibabaAilabsIotDeviceStatusUpdateIotCommonHeaderInput;
}

/** `Payload` of `alibaba.ailabs.iot.device.status.update`. */
export interface AlibabaAilabsIotDeviceStatusUpdatePayloadInput {
  /** 用户token，云云接入设备必填 */
  token?: string;
  /** 设备信息列表 */
  device_info_list: AlibabaAilabsIotDeviceStatusUpdateDeviceInfoInput[];
  /** 云云对接的技能id */
  skill_id: string;
  /** 设备接入类型，1: 表示零配 2：表示 云云 */
  type: string;
}

/** `DeviceInfo` of `alibaba.ailabs.iot.device.status.update`. */
export interface AlibabaAilabsIotDeviceStatusUpdateDeviceInfoInput {
  /** 设备唯一id */
  dev_id: string;
  /** 设备状态Map，key和value均为String */
  status: AlibabaAilabsIotDeviceStatusUpdateStatusInput;
}

/** `Status` of `alibaba.ailabs.iot.device.status.update`. */
export interface AlibabaAilabsIotDeviceStatusUpdateStatusInput {
  /** 开关状态 */
  powerstate?: string;
  /** 模式 */
  mode?: string;
  /** 温度 */
  temperature?: string;
  /** 亮度 */
  brightness?: string;
  /** 风速 */
  windspeed?: string;
}

/** `IotCommonHeader` of `alibaba.ailabs.iot.device.status.update`. */
export interface AlibabaAilabsIotDeviceStatusUpdateIotCommonHeaderInput {
  /** payLoadVersion */
  pay_load_version: Int64Input;
  /** name */
  name: string;
  /** messageId，区分请求使用 */
  message_id: string;
  /** namespace */
  namespace: string;
}

/** `Result` of `alibaba.ailabs.iot.device.status.update`. */
export interface AlibabaAilabsIotDeviceStatusUpdateResult {
  /** 附加信息 */
  message?: string;
  /** 请求响应码，200代表成功 */
  status_code?: Int64;
  /** 设备状态是否更新成功 */
  result?: boolean;
  /** 异常 */
  exception?: string;
}

const REQUEST_SCHEMA = {
  device_status_d_t_o: {
    payload: {
      token: 'String',
      device_info_list: [
        {
          dev_id: 'String',
          status: {
            powerstate: 'String',
            mode: 'String',
            temperature: 'String',
            brightness: 'String',
            windspeed: 'String',
          },
        },
      ],
      skill_id: 'String',
      type: 'String',
    },
    header: {
      pay_load_version: 'Number',
      name: 'String',
      message_id: 'String',
      namespace: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    status_code: 'Number',
    result: 'Boolean',
    exception: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.iot.device.status.update`: method, response root, request and response schemas. */
export const alibabaAilabsIotDeviceStatusUpdateOperation = {
  method: 'alibaba.ailabs.iot.device.status.update',
  responseRoot: 'alibaba_ailabs_iot_device_status_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ailabs iot 设备状态更新 — calls TOP method `alibaba.ailabs.iot.device.status.update`.
 *
 * 用于人工智能实验室IoT合作厂商上报三方接入IoT设备状态更新时的设备状态上报
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsIotDeviceStatusUpdate(
  client: TopClient,
  request: AlibabaAilabsIotDeviceStatusUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsIotDeviceStatusUpdateResponse> {
  return client.call<AlibabaAilabsIotDeviceStatusUpdateResponse>(
    {
      method: 'alibaba.ailabs.iot.device.status.update',
      responseRoot: 'alibaba_ailabs_iot_device_status_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
