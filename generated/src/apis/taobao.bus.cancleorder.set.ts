// Generated from specs/bus/taobao.bus.cancleorder.set.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.cancleorder.set` (取消订单). */
export interface TaobaoBusCancleorderSetRequest {
  /** 阿里订单号 */
  ali_order_id?: string;
}

/** Response of `taobao.bus.cancleorder.set`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusCancleorderSetResponse {
  /** 错误代码 */
  error_code1?: string;
  /** 错误描述 */
  error_msg1?: string;
  /** success */
  success1?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ali_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_code1: 'String',
  error_msg1: 'String',
  success1: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.cancleorder.set`: method, response root, request and response schemas. */
export const taobaoBusCancleorderSetOperation = {
  method: 'taobao.bus.cancleorder.set',
  responseRoot: 'bus_cancleorder_set_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消订单 — calls TOP method `taobao.bus.cancleorder.set`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusCancleorderSet(
  client: TopClient,
  request: TaobaoBusCancleorderSetRequest = {},
  options?: CallOptions,
): Promise<TaobaoBusCancleorderSetResponse> {
  return client.call<TaobaoBusCancleorderSetResponse>(
    {
      method: 'taobao.bus.cancleorder.set',
      responseRoot: 'bus_cancleorder_set_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
