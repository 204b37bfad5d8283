// Generated from specs/trade/taobao.ofn.self.recycle.auth.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ofn.self.recycle.auth` (自助回收鉴权). */
export interface TaobaoOfnSelfRecycleAuthRequest {
  /** 回收单ID */
  recycle_order_id: string;
  /** 开放小程序ID */
  open_uid: string;
}

/** Response of `taobao.ofn.self.recycle.auth`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOfnSelfRecycleAuthResponse {
  /** 鉴权结果 */
  data?: TaobaoOfnSelfRecycleAuthOfnSelfRecycleAuthDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OfnSelfRecycleAuthDTO` of `taobao.ofn.self.recycle.auth`. */
export interface TaobaoOfnSelfRecycleAuthOfnSelfRecycleAuthDTO {
  /** 是否鉴权通过 */
  auth_pass?: boolean;
}

const REQUEST_SCHEMA = {
  recycle_order_id: 'String',
  open_uid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    auth_pass: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ofn.self.recycle.auth`: method, response root, request and response schemas. */
export const taobaoOfnSelfRecycleAuthOperation = {
  method: 'taobao.ofn.self.recycle.auth',
  responseRoot: 'ofn_self_recycle_auth_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自助回收鉴权 — calls TOP method `taobao.ofn.self.recycle.auth`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOfnSelfRecycleAuth(
  client: TopClient,
  request: TaobaoOfnSelfRecycleAuthRequest,
  options?: CallOptions,
): Promise<TaobaoOfnSelfRecycleAuthResponse> {
  return client.call<TaobaoOfnSelfRecycleAuthResponse>(
    {
      method: 'taobao.ofn.self.recycle.auth',
      responseRoot: 'ofn_self_recycle_auth_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
