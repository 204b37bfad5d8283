// Generated from specs/baichuan/taobao.baichuan.openaccount.password.reset.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baichuan.openaccount.password.reset` (百川找回密码). */
export interface TaobaoBaichuanOpenaccountPasswordResetRequest {
  /** name */
  name?: string;
}

/** Response of `taobao.baichuan.openaccount.password.reset`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaichuanOpenaccountPasswordResetResponse {
  /** name */
  name?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  name: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.baichuan.openaccount.password.reset`: method, response root, request and response schemas. */
export const taobaoBaichuanOpenaccountPasswordResetOperation = {
  method: 'taobao.baichuan.openaccount.password.reset',
  responseRoot: 'baichuan_openaccount_password_reset_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 百川找回密码 — calls TOP method `taobao.baichuan.openaccount.password.reset`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaichuanOpenaccountPasswordReset(
  client: TopClient,
  request: TaobaoBaichuanOpenaccountPasswordResetRequest = {},
  options?: CallOptions,
): Promise<TaobaoBaichuanOpenaccountPasswordResetResponse> {
  return client.call<TaobaoBaichuanOpenaccountPasswordResetResponse>(
    {
      method: 'taobao.baichuan.openaccount.password.reset',
      responseRoot: 'baichuan_openaccount_password_reset_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
