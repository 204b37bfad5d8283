// Generated from specs/tmallgenie/alibaba.ailabs.iot.device.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.iot.device.list.get` (获取iot设备列表). */
export interface AlibabaAilabsIotDeviceListGetRequest {
  /** 用户open id */
  user_open_id: string;
  /** client id */
  client_id: string;
}

/** Response of `alibaba.ailabs.iot.device.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsIotDeviceListGetResponse {
  /** 接口返回model */
  result?: AlibabaAilabsIotDeviceListGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ailabs.iot.device.list.get`. */
export interface AlibabaAilabsIotDeviceListGetResult {
  /** message */
  message?: string;
  /** 错误码 */
  ret_code?: Int64;
  /** 返回值list */
  ret_values?: AlibabaAilabsIotDeviceListGetRetValue[];
  /** 是否成功 */
  success?: boolean;
}

/** `RetValue` of `alibaba.ailabs.iot.device.list.get`. */
export interface AlibabaAilabsIotDeviceListGetRetValue {
  /** 设备图片 */
  device_icon?: string;
  /** 型号 */
  device_model?: string;
  /** 别名 */
  device_alias?: string;
  /** 原本设备类型 */
  orgin_device_category?: string;
  /** 可控制的属性 */
  device_properties?: string;
  /** 详细型号 */
  particular_model?: string;
  /** 设备类型英文 */
  device_category_en?: string;
  /** 设备类型中文 */
  device_category?: string;
  /** 品牌 */
  device_brand?: string;
  /** 位置 */
  device_zone?: string;
  /** 设备id */
  device_id?: string;
}

const REQUEST_SCHEMA = {
  user_open_id: 'String',
  client_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    ret_code: 'Number',
    ret_values: [
      {
        device_icon: 'String',
        device_model: 'String',
        device_alias: 'String',
        orgin_device_category: 'String',
        device_properties: 'String',
        particular_model: 'String',
        device_category_en: 'String',
        device_category: 'String',
        device_brand: 'String',
        device_zone: 'String',
        device_id: 'String',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.iot.device.list.get`: method, response root, request and response schemas. */
export const alibabaAilabsIotDeviceListGetOperation = {
  method: 'alibaba.ailabs.iot.device.list.get',
  responseRoot: 'alibaba_ailabs_iot_device_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取iot设备列表 — calls TOP method `alibaba.ailabs.iot.device.list.get`.
 *
 * 通过此接口获取用户名下的iot设备列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsIotDeviceListGet(
  client: TopClient,
  request: AlibabaAilabsIotDeviceListGetRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsIotDeviceListGetResponse> {
  return client.call<AlibabaAilabsIotDeviceListGetResponse>(
    {
      method: 'alibaba.ailabs.iot.device.list.get',
      responseRoot: 'alibaba_ailabs_iot_device_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
