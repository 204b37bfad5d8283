// Generated from specs/trade/taobao.life.reservation.item.order.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.life.reservation.item.order.confirm` (生服购后预约单外部确认). */
export interface TaobaoLifeReservationItemOrderConfirmRequest {
  /** 凭证ID。与预约单号二选一，优先级低 */
  ticket_id?: string;
  /** 审核结果。PASS：通过；REJECT：驳回 */
  opt_type: string;
  /** 预约单号。与凭证ID二选一，优先级高 */
  reservation_order_id?: string;
}

/** Response of `taobao.life.reservation.item.order.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLifeReservationItemOrderConfirmResponse {
  /** 接口返回model */
  result?: TaobaoLifeReservationItemOrderConfirmResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.life.reservation.item.order.confirm`. */
export interface TaobaoLifeReservationItemOrderConfirmResult {
  /** 内部trace 用于排查问题 */
  trace_id?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误 */
  error?: TaobaoLifeReservationItemOrderConfirmTribeError;
}

/** `TribeError` of `taobao.life.reservation.item.order.confirm`. */
export interface TaobaoLifeReservationItemOrderConfirmTribeError {
  /** 错误可读性描述 */
  view?: string;
  /** 是否成功 */
  code?: string;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  ticket_id: 'String',
  opt_type: 'String',
  reservation_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    success: 'Boolean',
    error: {
      view: 'String',
      code: 'String',
      message: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.life.reservation.item.order.confirm`: method, response root, request and response schemas. */
export const taobaoLifeReservationItemOrderConfirmOperation = {
  method: 'taobao.life.reservation.item.order.confirm',
  responseRoot: 'life_reservation_item_order_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 生服购后预约单外部确认 — calls TOP method `taobao.life.reservation.item.order.confirm`.
 *
 * 生服团购下单预约后，用户改期/取消，外调ISV。ISV人工确认后调接口同意或驳回
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLifeReservationItemOrderConfirm(
  client: TopClient,
  request: TaobaoLifeReservationItemOrderConfirmRequest,
  options?: CallOptions,
): Promise<TaobaoLifeReservationItemOrderConfirmResponse> {
  return client.call<TaobaoLifeReservationItemOrderConfirmResponse>(
    {
      method: 'taobao.life.reservation.item.order.confirm',
      responseRoot: 'life_reservation_item_order_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
