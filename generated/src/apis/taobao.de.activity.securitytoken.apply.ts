// Generated from specs/choujiang/taobao.de.activity.securitytoken.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.de.activity.securitytoken.apply` (安全token获取). */
export interface TaobaoDeActivitySecuritytokenApplyRequest {
  /** 运营和cp约定的事件唯一标示 */
  event_key: string;
}

/** Response of `taobao.de.activity.securitytoken.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDeActivitySecuritytokenApplyResponse {
  /** 成功标志位 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  event_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.de.activity.securitytoken.apply`: method, response root, request and response schemas. */
export const taobaoDeActivitySecuritytokenApplyOperation = {
  method: 'taobao.de.activity.securitytoken.apply',
  responseRoot: 'de_activity_securitytoken_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 安全token获取 — calls TOP method `taobao.de.activity.securitytoken.apply`.
 *
 * 新增接口，这个接口是用于在手机端进行抽奖时候的验证使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDeActivitySecuritytokenApply(
  client: TopClient,
  request: TaobaoDeActivitySecuritytokenApplyRequest,
  options?: CallOptions,
): Promise<TaobaoDeActivitySecuritytokenApplyResponse> {
  return client.call<TaobaoDeActivitySecuritytokenApplyResponse>(
    {
      method: 'taobao.de.activity.securitytoken.apply',
      responseRoot: 'de_activity_securitytoken_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
