// Generated from specs/baichuan/taobao.baichuan.openaccount.registercode.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baichuan.openaccount.registercode.send` (百川发送注册验证码). */
export interface TaobaoBaichuanOpenaccountRegistercodeSendRequest {
  /** name */
  name?: string;
}

/** Response of `taobao.baichuan.openaccount.registercode.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaichuanOpenaccountRegistercodeSendResponse {
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

/** Static description of `taobao.baichuan.openaccount.registercode.send`: method, response root, request and response schemas. */
export const taobaoBaichuanOpenaccountRegistercodeSendOperation = {
  method: 'taobao.baichuan.openaccount.registercode.send',
  responseRoot: 'baichuan_openaccount_registercode_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 百川发送注册验证码 — calls TOP method `taobao.baichuan.openaccount.registercode.send`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaichuanOpenaccountRegistercodeSend(
  client: TopClient,
  request: TaobaoBaichuanOpenaccountRegistercodeSendRequest = {},
  options?: CallOptions,
): Promise<TaobaoBaichuanOpenaccountRegistercodeSendResponse> {
  return client.call<TaobaoBaichuanOpenaccountRegistercodeSendResponse>(
    {
      method: 'taobao.baichuan.openaccount.registercode.send',
      responseRoot: 'baichuan_openaccount_registercode_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
