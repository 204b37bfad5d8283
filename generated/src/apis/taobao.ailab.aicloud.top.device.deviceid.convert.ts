// Generated from specs/iot/taobao.ailab.aicloud.top.device.deviceid.convert.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.device.deviceid.convert` (开放设备id转换内部设备id). */
export interface TaobaoAilabAicloudTopDeviceDeviceidConvertRequest {
  /** 设备openId */
  device_open_id: string;
  /** 技能id */
  skill_id: string;
}

/** Response of `taobao.ailab.aicloud.top.device.deviceid.convert`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopDeviceDeviceidConvertResponse {
  /** 接口返回model */
  result?: TaobaoAilabAicloudTopDeviceDeviceidConvertResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.ailab.aicloud.top.device.deviceid.convert`. */
export interface TaobaoAilabAicloudTopDeviceDeviceidConvertResult {
  /** 返回成功 */
  code?: Int64;
  /** 描述 */
  message?: string;
  /** 结果详情 */
  result?: TaobaoAilabAicloudTopDeviceDeviceidConvertTopDeviceBaseInfoDto;
}

/** `TopDeviceBaseInfoDto` of `taobao.ailab.aicloud.top.device.deviceid.convert`. */
export interface TaobaoAilabAicloudTopDeviceDeviceidConvertTopDeviceBaseInfoDto {
  /** 设备id */
  device_id?: string;
}

const REQUEST_SCHEMA = {
  device_open_id: 'String',
  skill_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    message: 'String',
    result: {
      device_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.device.deviceid.convert`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopDeviceDeviceidConvertOperation = {
  method: 'taobao.ailab.aicloud.top.device.deviceid.convert',
  responseRoot: 'ailab_aicloud_top_device_deviceid_convert_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 开放设备id转换内部设备id — calls TOP method `taobao.ailab.aicloud.top.device.deviceid.convert`.
 *
 * 将开放设备id转换为内部设备id
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopDeviceDeviceidConvert(
  client: TopClient,
  request: TaobaoAilabAicloudTopDeviceDeviceidConvertRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopDeviceDeviceidConvertResponse> {
  return client.call<TaobaoAilabAicloudTopDeviceDeviceidConvertResponse>(
    {
      method: 'taobao.ailab.aicloud.top.device.deviceid.convert',
      responseRoot: 'ailab_aicloud_top_device_deviceid_convert_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
