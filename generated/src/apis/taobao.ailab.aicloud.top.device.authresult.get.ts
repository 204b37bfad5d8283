// Generated from specs/iot/taobao.ailab.aicloud.top.device.authresult.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.device.authresult.get` (获取设备授权码验证结果). */
export interface TaobaoAilabAicloudTopDeviceAuthresultGetRequest {
  /** 账户体系隔离 */
  schema: string;
  /** 用户ID，此处传入第三方账户体系的用户id */
  user_id: string;
  /** 用户设备唯一识别码，长度限制32以内，建议使用系统接口获取deviceid,然后做一定的混淆处理来作为此输入参数 */
  utd_id: string;
  /** 扩展信息，用于存放APP类型等 */
  ext: string;
  /**
   * authCodes信息
   *
   * Max list size: 20
   */
  auth_codes: string[];
}

/** Response of `taobao.ailab.aicloud.top.device.authresult.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopDeviceAuthresultGetResponse {
  /** result */
  result?: TaobaoAilabAicloudTopDeviceAuthresultGetAiCloudResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AiCloudResult` of `taobao.ailab.aicloud.top.device.authresult.get`. */
export interface TaobaoAilabAicloudTopDeviceAuthresultGetAiCloudResult {
  /** uuid 32位 */
  uuids?: string[];
  /** success */
  success?: boolean;
  /** msgInfo错误码信息，成功返回null */
  msg_info?: string;
}

const REQUEST_SCHEMA = {
  schema: 'String',
  user_id: 'String',
  utd_id: 'String',
  ext: 'String',
  auth_codes: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    uuids: ['String'],
    success: 'Boolean',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.device.authresult.get`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopDeviceAuthresultGetOperation = {
  method: 'taobao.ailab.aicloud.top.device.authresult.get',
  responseRoot: 'ailab_aicloud_top_device_authresult_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取设备授权码验证结果 — calls TOP method `taobao.ailab.aicloud.top.device.authresult.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopDeviceAuthresultGet(
  client: TopClient,
  request: TaobaoAilabAicloudTopDeviceAuthresultGetRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopDeviceAuthresultGetResponse> {
  return client.call<TaobaoAilabAicloudTopDeviceAuthresultGetResponse>(
    {
      method: 'taobao.ailab.aicloud.top.device.authresult.get',
      responseRoot: 'ailab_aicloud_top_device_authresult_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
