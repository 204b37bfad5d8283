// Generated from specs/tmc/taobao.tmc.user.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tmc.user.cancel` (取消用户的消息服务). */
export interface TaobaoTmcUserCancelRequest {
  /** 用户昵称 */
  nick: string;
  /** 用户所属的平台类型，tbUIC:淘宝用户; icbu: icbu用户;ae:ae用户 */
  user_platform?: string;
}

/** Response of `taobao.tmc.user.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTmcUserCancelResponse {
  /** 是否成功,如果为false并且没有错误码，表示删除的用户不存在。 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  user_platform: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tmc.user.cancel`: method, response root, request and response schemas. */
export const taobaoTmcUserCancelOperation = {
  method: 'taobao.tmc.user.cancel',
  responseRoot: 'tmc_user_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消用户的消息服务 — calls TOP method `taobao.tmc.user.cancel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTmcUserCancel(
  client: TopClient,
  request: TaobaoTmcUserCancelRequest,
  options?: CallOptions,
): Promise<TaobaoTmcUserCancelResponse> {
  return client.call<TaobaoTmcUserCancelResponse>(
    {
      method: 'taobao.tmc.user.cancel',
      responseRoot: 'tmc_user_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
