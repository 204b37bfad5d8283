// Generated from specs/iot/taobao.ailab.aicloud.top.device.statusinfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.device.statusinfo.get` (获取设备状态信息). */
export interface TaobaoAilabAicloudTopDeviceStatusinfoGetRequest {
  /** 三方用户id或淘宝openId */
  origin_user_id?: string;
  /** 账号秘钥 */
  schema_key?: string;
  /** 三方传extUser，淘宝传openTaoBaoUser */
  user_type?: string;
  /** 设备id */
  device_id?: string;
}

/** Response of `taobao.ailab.aicloud.top.device.statusinfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopDeviceStatusinfoGetResponse {
  /** 接口返回model */
  result?: TaobaoAilabAicloudTopDeviceStatusinfoGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.ailab.aicloud.top.device.statusinfo.get`. */
export interface TaobaoAilabAicloudTopDeviceStatusinfoGetResult {
  /** code */
  code?: Int64;
  /** message */
  message?: string;
  /** 设备状态信息 */
  result?: TaobaoAilabAicloudTopDeviceStatusinfoGetTopDeviceStatusInfoDto;
  /** 是否成功 */
  success?: boolean;
}

/** `TopDeviceStatusInfoDto` of `taobao.ailab.aicloud.top.device.statusinfo.get`. */
export interface TaobaoAilabAicloudTopDeviceStatusinfoGetTopDeviceStatusInfoDto {
  /** 设备id */
  device_id?: string;
  /** 设备联网的ip地址 */
  device_ip?: string;
  /** 设备在线状态，0:离线 1:在线 */
  online_status?: Int64;
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
      online_status: 'Number',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.device.statusinfo.get`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopDeviceStatusinfoGetOperation = {
  method: 'taobao.ailab.aicloud.top.device.statusinfo.get',
  responseRoot: 'ailab_aicloud_top_device_statusinfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取设备状态信息 — calls TOP method `taobao.ailab.aicloud.top.device.statusinfo.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopDeviceStatusinfoGet(
  client: TopClient,
  request: TaobaoAilabAicloudTopDeviceStatusinfoGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopDeviceStatusinfoGetResponse> {
  return client.call<TaobaoAilabAicloudTopDeviceStatusinfoGetResponse>(
    {
      method: 'taobao.ailab.aicloud.top.device.statusinfo.get',
      responseRoot: 'ailab_aicloud_top_device_statusinfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
