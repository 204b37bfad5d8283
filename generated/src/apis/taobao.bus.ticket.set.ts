// Generated from specs/bus/taobao.bus.ticket.set.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.ticket.set` (出票接口). */
export interface TaobaoBusTicketSetRequest {
  /** 系统自动生成 */
  ticket_params?: TaobaoBusTicketSetB2BBookOrderRqInput;
}

/** Response of `taobao.bus.ticket.set`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusTicketSetResponse {
  /** errorCode */
  error_code1?: string;
  /** errorMsg */
  error_msg1?: string;
  /** success1 */
  success1?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `B2BBookOrderRq` of `taobao.bus.ticket.set`. */
export interface TaobaoBusTicketSetB2BBookOrderRqInput {
  /** 阿里订单号 */
  ali_order_id?: string;
}

const REQUEST_SCHEMA = {
  ticket_params: {
    ali_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_code1: 'String',
  error_msg1: 'String',
  success1: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.ticket.set`: method, response root, request and response schemas. */
export const taobaoBusTicketSetOperation = {
  method: 'taobao.bus.ticket.set',
  responseRoot: 'bus_ticket_set_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 出票接口 — calls TOP method `taobao.bus.ticket.set`.
 *
 * 提供给汽车票商家出票使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusTicketSet(
  client: TopClient,
  request: TaobaoBusTicketSetRequest = {},
  options?: CallOptions,
): Promise<TaobaoBusTicketSetResponse> {
  return client.call<TaobaoBusTicketSetResponse>(
    {
      method: 'taobao.bus.ticket.set',
      responseRoot: 'bus_ticket_set_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
