// Generated from specs/iot/taobao.ailab.aicloud.top.device.detailinfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.device.detailinfo.get` (获取设备详细信息). */
export interface TaobaoAilabAicloudTopDeviceDetailinfoGetRequest {
  /** 三方用户id或淘宝openId */
  origin_user_id?: string;
  /** 账号秘钥 */
  schema_key?: string;
  /** 三方传extUser，淘宝传openTaoBaoUser */
  user_type?: string;
  /** 设备id */
  device_id?: string;
}

/** Response of `taobao.ailab.aicloud.top.device.detailinfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopDeviceDetailinfoGetResponse {
  /** 接口返回model */
  result?: TaobaoAilabAicloudTopDeviceDetailinfoGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.ailab.aicloud.top.device.detailinfo.get`. */
export interface TaobaoAilabAicloudTopDeviceDetailinfoGetResult {
  /** code */
  code?: Int64;
  /** message */
  message?: string;
  /** 设备详细信息 */
  result?: TaobaoAilabAicloudTopDeviceDetailinfoGetTopDeviceDetailInfoDto;
  /** 是否成功 */
  success?: boolean;
}

/** `TopDeviceDetailInfoDto` of `taobao.ailab.aicloud.top.device.detailinfo.get`. */
export interface TaobaoAilabAicloudTopDeviceDetailinfoGetTopDeviceDetailInfoDto {
  /** 设备id */
  device_id?: string;
  /** 设备联网的ip地址 */
  device_ip?: string;
  /** Mac地址 */
  device_mac?: string;
  /** 外部设备id */
  ext_device_id?: string;
  /** 外部设备类型，chinaMobile:中国移动，chinaTelecom:上海电信，chinaUnicom:中国联通 */
  ext_device_type?: string;
  /** 设备当前的固件版本 */
  firmware_version?: string;
  /** 设备序列号 */
  sn?: string;
}

const REQUEST_SCHEMA = {
  origin_user_id: 'String',
  schema_key: 'String',
  user_type: 'String',
  device_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    message: 'String',
    result: {
      device_id: 'String',
      device_ip: 'String',
      device_mac: 'String',
      ext_device_id: 'String',
      ext_device_type: 'String',
      firmware_version: 'String',
      sn: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.device.detailinfo.get`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopDeviceDetailinfoGetOperation = {
  method: 'taobao.ailab.aicloud.top.device.detailinfo.get',
  responseRoot: 'ailab_aicloud_top_device_detailinfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取设备详细信息 — calls TOP method `taobao.ailab.aicloud.top.device.detailinfo.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopDeviceDetailinfoGet(
  client: TopClient,
  request: TaobaoAilabAicloudTopDeviceDetailinfoGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopDeviceDetailinfoGetResponse> {
  return client.call<TaobaoAilabAicloudTopDeviceDetailinfoGetResponse>(
    {
      method: 'taobao.ailab.aicloud.top.device.detailinfo.get',
      responseRoot: 'ailab_aicloud_top_device_detailinfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
