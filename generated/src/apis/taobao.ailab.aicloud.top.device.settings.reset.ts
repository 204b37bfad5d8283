// Generated from specs/iot/taobao.ailab.aicloud.top.device.settings.reset.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.device.settings.reset` (重置设备个性化设置). */
export interface TaobaoAilabAicloudTopDeviceSettingsResetRequest {
  /** 账户体系隔离 */
  schema?: string;
  /** 用户ID，此处传入第三方账户体系的用户id */
  user_id?: string;
  /** 用户设备唯一识别码，长度限制32以内，建议使用系统接口获取deviceid,然后做一定的混淆处理来作为此输入参数 */
  utd_id?: string;
  /** 扩展信息，用于存放APP类型等 */
  ext?: string;
  /** 设备id */
  param1?: string;
}

/** Response of `taobao.ailab.aicloud.top.device.settings.reset`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopDeviceSettingsResetResponse {
  /** 业务结果是否成功 */
  model?: boolean;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** 网络请求是否成功 */
  is_success?: boolean;
  /** 扩展字段 */
  extend_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  schema: 'String',
  user_id: 'String',
  utd_id: 'String',
  ext: 'String',
  param1: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
  is_success: 'Boolean',
  extend_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.device.settings.reset`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopDeviceSettingsResetOperation = {
  method: 'taobao.ailab.aicloud.top.device.settings.reset',
  responseRoot: 'ailab_aicloud_top_device_settings_reset_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 重置设备个性化设置 — calls TOP method `taobao.ailab.aicloud.top.device.settings.reset`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopDeviceSettingsReset(
  client: TopClient,
  request: TaobaoAilabAicloudTopDeviceSettingsResetRequest = {},
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopDeviceSettingsResetResponse> {
  return client.call<TaobaoAilabAicloudTopDeviceSettingsResetResponse>(
    {
      method: 'taobao.ailab.aicloud.top.device.settings.reset',
      responseRoot: 'ailab_aicloud_top_device_settings_reset_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
