// Generated from specs/iot/taobao.ailab.aicloud.top.auth.logout.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.auth.logout` (登出). */
export interface TaobaoAilabAicloudTopAuthLogoutRequest {
  /** 用户ID，此处传入第三方账户体系的用户id */
  user_id: string;
  /** 用户设备唯一识别码，长度限制32以内，建议使用系统接口获取deviceid,然后做一定的混淆处理来作为此输入参数 */
  utd_id: string;
  /** 账户体系隔离，建议传入设备uuid */
  schema: string;
}

/** Response of `taobao.ailab.aicloud.top.auth.logout`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopAuthLogoutResponse {
  /** msgInfo错误码信息，成功返回null */
  msg_info?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  user_id: 'String',
  utd_id: 'String',
  schema: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_info: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.auth.logout`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopAuthLogoutOperation = {
  method: 'taobao.ailab.aicloud.top.auth.logout',
  responseRoot: 'ailab_aicloud_top_auth_logout_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 登出 — calls TOP method `taobao.ailab.aicloud.top.auth.logout`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopAuthLogout(
  client: TopClient,
  request: TaobaoAilabAicloudTopAuthLogoutRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopAuthLogoutResponse> {
  return client.call<TaobaoAilabAicloudTopAuthLogoutResponse>(
    {
      method: 'taobao.ailab.aicloud.top.auth.logout',
      responseRoot: 'ailab_aicloud_top_auth_logout_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
