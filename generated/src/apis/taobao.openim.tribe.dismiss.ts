// Generated from specs/openim/taobao.openim.tribe.dismiss.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.tribe.dismiss` (OPENIM群解散). */
export interface TaobaoOpenimTribeDismissRequest {
  /** 用户信息 */
  user: TaobaoOpenimTribeDismissOpenImUserInput;
  /** 群id */
  tribe_id: Int64Input;
}

/** Response of `taobao.openim.tribe.dismiss`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimTribeDismissResponse {
  /** 群服务code */
  tribe_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenImUser` of `taobao.openim.tribe.dismiss`. */
export interface TaobaoOpenimTribeDismissOpenImUserInput {
  /** 用户id */
  uid: string;
  /** 是否为淘宝账号 */
  taobao_account?: boolean;
  /** 账户appkey */
  app_key: string;
}

const REQUEST_SCHEMA = {
  user: {
    uid: 'String',
    taobao_account: 'Boolean',
    app_key: 'String',
  },
  tribe_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tribe_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openim.tribe.dismiss`: method, response root, request and response schemas. */
export const taobaoOpenimTribeDismissOperation = {
  method: 'taobao.openim.tribe.dismiss',
  responseRoot: 'openim_tribe_dismiss_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * OPENIM群解散 — calls TOP method `taobao.openim.tribe.dismiss`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimTribeDismiss(
  client: TopClient,
  request: TaobaoOpenimTribeDismissRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimTribeDismissResponse> {
  return client.call<TaobaoOpenimTribeDismissResponse>(
    {
      method: 'taobao.openim.tribe.dismiss',
      responseRoot: 'openim_tribe_dismiss_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
