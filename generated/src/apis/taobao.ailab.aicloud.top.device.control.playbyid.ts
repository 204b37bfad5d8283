// Generated from specs/iot/taobao.ailab.aicloud.top.device.control.playbyid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.device.control.playbyid` (通过id播放歌曲). */
export interface TaobaoAilabAicloudTopDeviceControlPlaybyidRequest {
  /** 用户信息 */
  param0: TaobaoAilabAicloudTopDeviceControlPlaybyidOpenBaseInfoInput;
  /** 设备id */
  param1: string;
  /** 音频id */
  param2: string;
  /** 音频来源 */
  param3: string;
  /** 音频类型，如果没有音频类型默认填children_song */
  param4: string;
}

/** Response of `taobao.ailab.aicloud.top.device.control.playbyid`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopDeviceControlPlaybyidResponse {
  /** 返回结果 */
  result?: TaobaoAilabAicloudTopDeviceControlPlaybyidAiCloudResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenBaseInfo` of `taobao.ailab.aicloud.top.device.control.playbyid`. */
export interface TaobaoAilabAicloudTopDeviceControlPlaybyidOpenBaseInfoInput {
  /** 账户体系隔离 */
  schema?: string;
  /** 用户ID，此处传入第三方账户体系的用户id */
  user_id?: string;
  /** 用户设备唯一识别码，长度限制32以内，建议使用系统接口获取deviceid,然后做一定的混淆处理来作为此输入参数 */
  utd_id?: string;
  /** 扩展信息，用于存放APP类型等 */
  ext?: string;
}

/** `AiCloudResult` of `taobao.ailab.aicloud.top.device.control.playbyid`. */
export interface TaobaoAilabAicloudTopDeviceControlPlaybyidAiCloudResult {
  /** 通知设备播放是否成功 */
  model?: boolean;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** 网络请求是否成功 */
  is_success?: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
    schema: 'String',
    user_id: 'String',
    utd_id: 'String',
    ext: 'String',
  },
  param1: 'String',
  param2: 'String',
  param3: 'String',
  param4: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.device.control.playbyid`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopDeviceControlPlaybyidOperation = {
  method: 'taobao.ailab.aicloud.top.device.control.playbyid',
  responseRoot: 'ailab_aicloud_top_device_control_playbyid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过id播放歌曲 — calls TOP method `taobao.ailab.aicloud.top.device.control.playbyid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopDeviceControlPlaybyid(
  client: TopClient,
  request: TaobaoAilabAicloudTopDeviceControlPlaybyidRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopDeviceControlPlaybyidResponse> {
  return client.call<TaobaoAilabAicloudTopDeviceControlPlaybyidResponse>(
    {
      method: 'taobao.ailab.aicloud.top.device.control.playbyid',
      responseRoot: 'ailab_aicloud_top_device_control_playbyid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
