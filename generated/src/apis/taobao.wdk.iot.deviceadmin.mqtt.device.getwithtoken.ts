// Generated from specs/wdk/taobao.wdk.iot.deviceadmin.mqtt.device.getwithtoken.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wdk.iot.deviceadmin.mqtt.device.getwithtoken` (获取mqtt设备信息). */
export interface TaobaoWdkIotDeviceadminMqttDeviceGetwithtokenRequest {
  /** 业务编码，具体编码请联系杜尘 */
  business_code: Int64Input;
  /** 设备类型编码，具体编码请联系杜尘 */
  device_type: Int64Input;
  /** 环境编码，0日常，1预发，2线上 */
  enviro_code: Int64Input;
  /** 设备的唯一标识码，比如网卡的MAC地址 */
  device_id: string;
  /** 访问令牌 */
  apply_access_token: string;
}

/** Response of `taobao.wdk.iot.deviceadmin.mqtt.device.getwithtoken`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWdkIotDeviceadminMqttDeviceGetwithtokenResponse {
  /** result */
  result?: TaobaoWdkIotDeviceadminMqttDeviceGetwithtokenHmResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HmResult` of `taobao.wdk.iot.deviceadmin.mqtt.device.getwithtoken`. */
export interface TaobaoWdkIotDeviceadminMqttDeviceGetwithtokenHmResult {
  /** model */
  model?: TaobaoWdkIotDeviceadminMqttDeviceGetwithtokenMqttDeviceInfoDto;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

/** `MqttDeviceInfoDto` of `taobao.wdk.iot.deviceadmin.mqtt.device.getwithtoken`. */
export interface TaobaoWdkIotDeviceadminMqttDeviceGetwithtokenMqttDeviceInfoDto {
  /** mqtt设备名 */
  device_name?: string;
  /** mqtt设备秘钥 */
  device_secret?: string;
  /** mqtt设备所属产品 */
  product_key?: string;
}

const REQUEST_SCHEMA = {
  business_code: 'Number',
  device_type: 'Number',
  enviro_code: 'Number',
  device_id: 'String',
  apply_access_token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      device_name: 'String',
      device_secret: 'String',
      product_key: 'String',
    },
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wdk.iot.deviceadmin.mqtt.device.getwithtoken`: method, response root, request and response schemas. */
export const taobaoWdkIotDeviceadminMqttDeviceGetwithtokenOperation = {
  method: 'taobao.wdk.iot.deviceadmin.mqtt.device.getwithtoken',
  responseRoot: 'wdk_iot_deviceadmin_mqtt_device_getwithtoken_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取mqtt设备信息 — calls TOP method `taobao.wdk.iot.deviceadmin.mqtt.device.getwithtoken`.
 *
 * 智能硬件设备动态注册和获取mqtt设备信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWdkIotDeviceadminMqttDeviceGetwithtoken(
  client: TopClient,
  request: TaobaoWdkIotDeviceadminMqttDeviceGetwithtokenRequest,
  options?: CallOptions,
): Promise<TaobaoWdkIotDeviceadminMqttDeviceGetwithtokenResponse> {
  return client.call<TaobaoWdkIotDeviceadminMqttDeviceGetwithtokenResponse>(
    {
      method: 'taobao.wdk.iot.deviceadmin.mqtt.device.getwithtoken',
      responseRoot: 'wdk_iot_deviceadmin_mqtt_device_getwithtoken_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
