// Generated from specs/iot/taobao.ailab.aicloud.top.device.openid.authresult.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.device.openid.authresult.get` (获取openId设备授权码验证结果). */
export interface TaobaoAilabAicloudTopDeviceOpenidAuthresultGetRequest {
  /** 账户体系隔离 */
  schema: string;
  /** 用户设备唯一识别码，长度限制32以内，建议使用系统接口获取deviceid,然后做一定的混淆处理来作为此输入参数 */
  utd_id?: string;
  /** 用户ID，此处传入第三方账户体系的用户id */
  user_id?: string;
  /** 扩展信息，用于存放APP类型等 */
  ext?: string;
  /** 淘宝openid */
  open_id: string;
  /**
   * authcode list
   *
   * Max list size: 20
   */
  auth_codes: string[];
}

/** Response of `taobao.ailab.aicloud.top.device.openid.authresult.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopDeviceOpenidAuthresultGetResponse {
  /** 系统自动生成 */
  result?: TaobaoAilabAicloudTopDeviceOpenidAuthresultGetAiCloudResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AiCloudResult` of `taobao.ailab.aicloud.top.device.openid.authresult.get`. */
export interface TaobaoAilabAicloudTopDeviceOpenidAuthresultGetAiCloudResult {
  /** 详细信息 */
  msg_info?: string;
  /** 是否成功 */
  success?: boolean;
  /** uuid 32位 */
  uuids?: string[];
  /** 接口请求成功 */
  msg_code?: string;
}

const REQUEST_SCHEMA = {
  schema: 'String',
  utd_id: 'String',
  user_id: 'String',
  ext: 'String',
  open_id: 'String',
  auth_codes: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_info: 'String',
    success: 'Boolean',
    uuids: ['String'],
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.device.openid.authresult.get`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopDeviceOpenidAuthresultGetOperation = {
  method: 'taobao.ailab.aicloud.top.device.openid.authresult.get',
  responseRoot: 'ailab_aicloud_top_device_openid_authresult_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取openId设备授权码验证结果 — calls TOP method `taobao.ailab.aicloud.top.device.openid.authresult.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopDeviceOpenidAuthresultGet(
  client: TopClient,
  request: TaobaoAilabAicloudTopDeviceOpenidAuthresultGetRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopDeviceOpenidAuthresultGetResponse> {
  return client.call<TaobaoAilabAicloudTopDeviceOpenidAuthresultGetResponse>(
    {
      method: 'taobao.ailab.aicloud.top.device.openid.authresult.get',
      responseRoot: 'ailab_aicloud_top_device_openid_authresult_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
