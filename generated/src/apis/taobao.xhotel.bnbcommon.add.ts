// Generated from specs/xhotelitem/taobao.xhotel.bnbcommon.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.bnbcommon.add` (通用调用top接口). */
export interface TaobaoXhotelBnbcommonAddRequest {
  /** 参数 */
  param?: string;
  /** 业务场景 */
  scene?: string;
}

/** Response of `taobao.xhotel.bnbcommon.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelBnbcommonAddResponse {
  /** success */
  module?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  param: 'String',
  scene: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  module: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.bnbcommon.add`: method, response root, request and response schemas. */
export const taobaoXhotelBnbcommonAddOperation = {
  method: 'taobao.xhotel.bnbcommon.add',
  responseRoot: 'xhotel_bnbcommon_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通用调用top接口 — calls TOP method `taobao.xhotel.bnbcommon.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelBnbcommonAdd(
  client: TopClient,
  request: TaobaoXhotelBnbcommonAddRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelBnbcommonAddResponse> {
  return client.call<TaobaoXhotelBnbcommonAddResponse>(
    {
      method: 'taobao.xhotel.bnbcommon.add',
      responseRoot: 'xhotel_bnbcommon_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
