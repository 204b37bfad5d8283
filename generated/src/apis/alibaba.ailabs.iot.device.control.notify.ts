// Generated from specs/tmallgenie/alibaba.ailabs.iot.device.control.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.iot.device.control.notify` (天猫精灵IoT异步控制回调接口). */
export interface AlibabaAilabsIotDeviceControlNotifyRequest {
  /** 入参 */
  notify_control_params?: AlibabaAilabsIotDeviceControlNotifyNotifyVehicleControlParamsInput;
}

/** Response of `alibaba.ailabs.iot.device.control.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsIotDeviceControlNotifyResponse {
  /** 是否通知成功 */
  ret_value?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NotifyVehicleControlParams` of `alibaba.ailabs.iot.device.control.notify`. */
export interface AlibabaAilabsIotDeviceControlNotifyNotifyVehicleControlParamsInput {
  /** 标准控制协议中的payload */
  payload: AlibabaAilabsIotDeviceControlNotifyPayloadInput;
  /** 标准控制协议中的header */
  header: AlibabaAilabsIotDeviceControlNotifyIotCommonHeaderInput;
  /** 标准查询协议中的exceptions，异常检测项，如果有则返回，没有则不返回 */
  exceptions?: AlibabaAilabsIotDeviceControlNotifyIotCommonDevicePropertyInput[];
  /** 标准查询协议中的properties，异常检测项，如果有则返回，没有则不返回 */
  properties?: AlibabaAilabsIotDeviceControlNotifyIotCommonDevicePropertyInput[];
}

/** `Payload` of `alibaba.ailabs.iot.device.control.notify`. */
export interface AlibabaAilabsIotDeviceControlNotifyPayloadInput {
  /** 错误码，出错时返回 */
  error_code?: string;
  /** 错误信息，出错时返回 */
  message?: string;
  /** 设备id */
  device_id: string;
}

/** `IotCommonHeader` of `alibaba.ailabs.iot.device.control.notify`. */
export interface AlibabaAilabsIotDeviceControlNotifyIotCommonHeaderInput {
  /** 标准控制协议中的namespace */
  namespace: string;
  /** 标准控制协议中的name */
  name: string;
  /** 标准控制协议中的messageId */
  message_id: string;
  /** 标准控制协议中的payLoadVersion */
  pay_load_version: Int64Input;
}

/** `IotCommonDeviceProperty` of `alibaba.ailabs.iot.device.control.notify`. */
export interface AlibabaAilabsIotDeviceControlNotifyIotCommonDevicePropertyInput {
  /** 异常检测项名称 */
  name?: string;
  /** 异常检测项值 */
  value?: string;
}

const REQUEST_SCHEMA = {
  notify_control_params: {
    payload: {
      error_code: 'String',
      message: 'String',
      device_id: 'String',
    },
    header: {
      namespace: 'String',
      name: 'String',
      message_id: 'String',
      pay_load_version: 'Number',
    },
    exceptions: [
      {
        name: 'String',
        value: 'String',
      },
    ],
    properties: [
      {
        name: 'String',
        value: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_value: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.iot.device.control.notify`: method, response root, request and response schemas. */
export const alibabaAilabsIotDeviceControlNotifyOperation = {
  method: 'alibaba.ailabs.iot.device.control.notify',
  responseRoot: 'alibaba_ailabs_iot_device_control_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵IoT异步控制回调接口 — calls TOP method `alibaba.ailabs.iot.device.control.notify`.
 *
 * 用于天猫精灵IoT云云接入控制结果的异步回调
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsIotDeviceControlNotify(
  client: TopClient,
  request: AlibabaAilabsIotDeviceControlNotifyRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabsIotDeviceControlNotifyResponse> {
  return client.call<AlibabaAilabsIotDeviceControlNotifyResponse>(
    {
      method: 'alibaba.ailabs.iot.device.control.notify',
      responseRoot: 'alibaba_ailabs_iot_device_control_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
