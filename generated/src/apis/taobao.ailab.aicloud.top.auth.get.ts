// Generated from specs/iot/taobao.ailab.aicloud.top.auth.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.auth.get` (登陆). */
export interface TaobaoAilabAicloudTopAuthGetRequest {
  /** 用户ID，此处传入第三方账户体系的用户id */
  user_id: string;
  /** 用户设备唯一识别码，长度限制32以内，建议使用系统接口获取deviceid,然后做一定的混淆处理来作为此输入参数 */
  utd_id: string;
  /** 账户体系隔离 */
  schema: string;
  /** app类型 */
  app_type: string;
}

/** Response of `taobao.ailab.aicloud.top.auth.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopAuthGetResponse {
  /** result */
  result?: TaobaoAilabAicloudTopAuthGetAiCloudResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AiCloudResult` of `taobao.ailab.aicloud.top.auth.get`. */
export interface TaobaoAilabAicloudTopAuthGetAiCloudResult {
  /** auth信息 */
  auth_info?: string;
  /** msgInfo错误码信息，成功返回null */
  msg_info?: string;
  /** 是否操作成功 */
  is_success?: boolean;
}

const REQUEST_SCHEMA = {
  user_id: 'String',
  utd_id: 'String',
  schema: 'String',
  app_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    auth_info: 'String',
    msg_info: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.auth.get`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopAuthGetOperation = {
  method: 'taobao.ailab.aicloud.top.auth.get',
  responseRoot: 'ailab_aicloud_top_auth_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 登陆 — calls TOP method `taobao.ailab.aicloud.top.auth.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopAuthGet(
  client: TopClient,
  request: TaobaoAilabAicloudTopAuthGetRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopAuthGetResponse> {
  return client.call<TaobaoAilabAicloudTopAuthGetResponse>(
    {
      method: 'taobao.ailab.aicloud.top.auth.get',
      responseRoot: 'ailab_aicloud_top_auth_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
