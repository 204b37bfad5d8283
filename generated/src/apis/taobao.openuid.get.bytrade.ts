// Generated from specs/util/taobao.openuid.get.bytrade.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openuid.get.bytrade` (通过订单获取对应买家的openUID). */
export interface TaobaoOpenuidGetBytradeRequest {
  /** 订单ID */
  tid: Int64Input;
}

/** Response of `taobao.openuid.get.bytrade`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenuidGetBytradeResponse {
  /** 当前交易tid对应买家的openuid */
  open_uid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  open_uid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openuid.get.bytrade`: method, response root, request and response schemas. */
export const taobaoOpenuidGetBytradeOperation = {
  method: 'taobao.openuid.get.bytrade',
  responseRoot: 'openuid_get_bytrade_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过订单获取对应买家的openUID — calls TOP method `taobao.openuid.get.bytrade`.
 *
 * 通过订单获取对应买家的openUID,需要卖家授权
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenuidGetBytrade(
  client: TopClient,
  request: TaobaoOpenuidGetBytradeRequest,
  options?: CallOptions,
): Promise<TaobaoOpenuidGetBytradeResponse> {
  return client.call<TaobaoOpenuidGetBytradeResponse>(
    {
      method: 'taobao.openuid.get.bytrade',
      responseRoot: 'openuid_get_bytrade_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
