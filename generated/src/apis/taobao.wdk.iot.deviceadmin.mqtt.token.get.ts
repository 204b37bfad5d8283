// Generated from specs/wdk/taobao.wdk.iot.deviceadmin.mqtt.token.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wdk.iot.deviceadmin.mqtt.token.get` (获取MQTT访问令牌). */
export interface TaobaoWdkIotDeviceadminMqttTokenGetRequest {
  /** accessKey */
  access_key: string;
  /** 申请令牌的客户端时间戳 */
  apply_timestamp: Int64Input;
}

/** Response of `taobao.wdk.iot.deviceadmin.mqtt.token.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWdkIotDeviceadminMqttTokenGetResponse {
  /** result */
  result?: TaobaoWdkIotDeviceadminMqttTokenGetHmResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HmResult` of `taobao.wdk.iot.deviceadmin.mqtt.token.get`. */
export interface TaobaoWdkIotDeviceadminMqttTokenGetHmResult {
  /** model */
  model?: TaobaoWdkIotDeviceadminMqttTokenGetMqttDeviceInfoDto;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

/** `MqttDeviceInfoDto` of `taobao.wdk.iot.deviceadmin.mqtt.token.get`. */
export interface TaobaoWdkIotDeviceadminMqttTokenGetMqttDeviceInfoDto {
  /** accessKey */
  access_key?: string;
  /** accessToken */
  access_token?: string;
  /** expireTime */
  expire_time?: Int64;
  /** 创建令牌的服务端时间戳 */
  timestamp?: Int64;
}

const REQUEST_SCHEMA = {
  access_key: 'String',
  apply_timestamp: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      access_key: 'String',
      access_token: 'String',
      expire_time: 'Number',
      timestamp: 'Number',
    },
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wdk.iot.deviceadmin.mqtt.token.get`: method, response root, request and response schemas. */
export const taobaoWdkIotDeviceadminMqttTokenGetOperation = {
  method: 'taobao.wdk.iot.deviceadmin.mqtt.token.get',
  responseRoot: 'wdk_iot_deviceadmin_mqtt_token_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取MQTT访问令牌 — calls TOP method `taobao.wdk.iot.deviceadmin.mqtt.token.get`.
 *
 * 智能硬件设备动态注册和获取mqtt设备信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWdkIotDeviceadminMqttTokenGet(
  client: TopClient,
  request: TaobaoWdkIotDeviceadminMqttTokenGetRequest,
  options?: CallOptions,
): Promise<TaobaoWdkIotDeviceadminMqttTokenGetResponse> {
  return client.call<TaobaoWdkIotDeviceadminMqttTokenGetResponse>(
    {
      method: 'taobao.wdk.iot.deviceadmin.mqtt.token.get',
      responseRoot: 'wdk_iot_deviceadmin_mqtt_token_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
