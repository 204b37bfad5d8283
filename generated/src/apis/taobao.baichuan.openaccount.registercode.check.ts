// Generated from specs/baichuan/taobao.baichuan.openaccount.registercode.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baichuan.openaccount.registercode.check` (百川检查注册验证码). */
export interface TaobaoBaichuanOpenaccountRegistercodeCheckRequest {
  /** name */
  name?: string;
}

/** Response of `taobao.baichuan.openaccount.registercode.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaichuanOpenaccountRegistercodeCheckResponse {
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

/** Static description of `taobao.baichuan.openaccount.registercode.check`: method, response root, request and response schemas. */
export const taobaoBaichuanOpenaccountRegistercodeCheckOperation = {
  method: 'taobao.baichuan.openaccount.registercode.check',
  responseRoot: 'baichuan_openaccount_registercode_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 百川检查注册验证码 — calls TOP method `taobao.baichuan.openaccount.registercode.check`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaichuanOpenaccountRegistercodeCheck(
  client: TopClient,
  request: TaobaoBaichuanOpenaccountRegistercodeCheckRequest = {},
  options?: CallOptions,
): Promise<TaobaoBaichuanOpenaccountRegistercodeCheckResponse> {
  return client.call<TaobaoBaichuanOpenaccountRegistercodeCheckResponse>(
    {
      method: 'taobao.baichuan.openaccount.registercode.check',
      responseRoot: 'baichuan_openaccount_registercode_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
