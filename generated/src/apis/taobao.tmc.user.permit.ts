// Generated from specs/tmc/taobao.tmc.user.permit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tmc.user.permit` (为已授权的用户开通消息服务). */
export interface TaobaoTmcUserPermitRequest {
  /**
   * 消息主题列表，用半角逗号分隔。当用户订阅的topic是应用订阅的子集时才需要设置，不设置表示继承应用所订阅的所有topic，一般情况建议不要设置。
   *
   * Max list size: 100
   */
  topics?: string[];
}

/** Response of `taobao.tmc.user.permit`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTmcUserPermitResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  topics: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tmc.user.permit`: method, response root, request and response schemas. */
export const taobaoTmcUserPermitOperation = {
  method: 'taobao.tmc.user.permit',
  responseRoot: 'tmc_user_permit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 为已授权的用户开通消息服务 — calls TOP method `taobao.tmc.user.permit`.
 *
 * 为已授权的用户开通消息服务，授权消息使用。
 * 注意：topic覆盖更新,务必传入全量topic，或者不传topics，使用appkey订阅的所有topic
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTmcUserPermit(
  client: TopClient,
  request: TaobaoTmcUserPermitRequest = {},
  options?: CallOptions,
): Promise<TaobaoTmcUserPermitResponse> {
  return client.call<TaobaoTmcUserPermitResponse>(
    {
      method: 'taobao.tmc.user.permit',
      responseRoot: 'tmc_user_permit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
