// Generated from specs/iot/taobao.ailab.aicloud.top.device.authcode.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.device.authcode.get` (获取设备授权码). */
export interface TaobaoAilabAicloudTopDeviceAuthcodeGetRequest {
  /** 账户体系隔离，即硬件接入平台中取得的schema key。 */
  schema: string;
  /** 用户ID，此处传入第三方账户体系的用户id，由开发者或厂商自行定义，每一schema key下唯一即可 */
  user_id: string;
  /** (废弃) 用户设备唯一识别码，长度限制32以内，建议使用系统接口获取deviceid,然后做一定的混淆处理来作为此输入参数 */
  utd_id: string;
  /** 扩展信息，用于存放APP类型等 */
  ext: string;
}

/** Response of `taobao.ailab.aicloud.top.device.authcode.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopDeviceAuthcodeGetResponse {
  /** 设备授权码，后续流程中所述的auth code */
  model?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** msgInfo错误码信息，成功返回null */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  schema: 'String',
  user_id: 'String',
  utd_id: 'String',
  ext: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  is_success: 'Boolean',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.device.authcode.get`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopDeviceAuthcodeGetOperation = {
  method: 'taobao.ailab.aicloud.top.device.authcode.get',
  responseRoot: 'ailab_aicloud_top_device_authcode_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取设备授权码 — calls TOP method `taobao.ailab.aicloud.top.device.authcode.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopDeviceAuthcodeGet(
  client: TopClient,
  request: TaobaoAilabAicloudTopDeviceAuthcodeGetRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopDeviceAuthcodeGetResponse> {
  return client.call<TaobaoAilabAicloudTopDeviceAuthcodeGetResponse>(
    {
      method: 'taobao.ailab.aicloud.top.device.authcode.get',
      responseRoot: 'ailab_aicloud_top_device_authcode_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
