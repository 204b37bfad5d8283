// Generated from specs/baichuan/taobao.baichuan.openaccount.resetcode.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baichuan.openaccount.resetcode.send` (百川发送找回密码验证码). */
export interface TaobaoBaichuanOpenaccountResetcodeSendRequest {
  /** name */
  name?: string;
}

/** Response of `taobao.baichuan.openaccount.resetcode.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaichuanOpenaccountResetcodeSendResponse {
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

/** Static description of `taobao.baichuan.openaccount.resetcode.send`: method, response root, request and response schemas. */
export const taobaoBaichuanOpenaccountResetcodeSendOperation = {
  method: 'taobao.baichuan.openaccount.resetcode.send',
  responseRoot: 'baichuan_openaccount_resetcode_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 百川发送找回密码验证码 — calls TOP method `taobao.baichuan.openaccount.resetcode.send`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaichuanOpenaccountResetcodeSend(
  client: TopClient,
  request: TaobaoBaichuanOpenaccountResetcodeSendRequest = {},
  options?: CallOptions,
): Promise<TaobaoBaichuanOpenaccountResetcodeSendResponse> {
  return client.call<TaobaoBaichuanOpenaccountResetcodeSendResponse>(
    {
      method: 'taobao.baichuan.openaccount.resetcode.send',
      responseRoot: 'baichuan_openaccount_resetcode_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
