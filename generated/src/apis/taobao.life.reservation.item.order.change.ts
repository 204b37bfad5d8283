// Generated from specs/trade/taobao.life.reservation.item.order.change.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.life.reservation.item.order.change` (生服购后预约单外部发起变更). */
export interface TaobaoLifeReservationItemOrderChangeRequest {
  /** 凭证ID。与预约单号二选一，优先级低 */
  ticket_id?: string;
  /** 改期：MODIFY ；取消：CANCEL；推进履约：PUSH_FULFILLMENT */
  action: string;
  /** 改期必填，格式：yyyy-MM-dd HH:mm。时分固定00:00 */
  reserve_start_time?: string;
  /** 改期必填，格式：yyyy-MM-dd HH:mm。时分固定23:59 */
  reserve_end_time?: string;
  /** 目标履约状态。 枚举值：PREPARING,PREPARED,PROCESSING,PROCESSED,DELIVERING,FINISHED。详以接入文档中描述的场景对接 */
  target_fulfillment_status?: string;
  /** 预约单号。与凭证ID二选一，优先级高 */
  reservation_order_id?: string;
  /** 扩展信息 */
  ext_info?: TaobaoLifeReservationItemOrderChangeCommonKeyValueInput;
}

/** Response of `taobao.life.reservation.item.order.change`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLifeReservationItemOrderChangeResponse {
  /** 接口返回model */
  result?: TaobaoLifeReservationItemOrderChangeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonKeyValue` of `taobao.life.reservation.item.order.change`. */
export interface TaobaoLifeReservationItemOrderChangeCommonKeyValueInput {
  /** 扩展key。例如：.cpCode（物流品牌）。详以接入文档中描述的场景对接 */
  key?: string;
  /** 扩展value。例如：传运单号。详以接入文档中描述的场景对接 */
  value?: string;
}

/** `Result` of `taobao.life.reservation.item.order.change`. */
export interface TaobaoLifeReservationItemOrderChangeResult {
  /** 内部trace 用于排查问题 */
  trace_id?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误 */
  error?: TaobaoLifeReservationItemOrderChangeTribeError;
}

/** `TribeError` of `taobao.life.reservation.item.order.change`. */
export interface TaobaoLifeReservationItemOrderChangeTribeError {
  /** 错误可读性描述 */
  view?: string;
  /** 错误码 */
  code?: string;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  ticket_id: 'String',
  action: 'String',
  reserve_start_time: 'String',
  reserve_end_time: 'String',
  target_fulfillment_status: 'String',
  reservation_order_id: 'String',
  ext_info: {
    key: 'String',
    value: 'String',
  },
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

/** Static description of `taobao.life.reservation.item.order.change`: method, response root, request and response schemas. */
export const taobaoLifeReservationItemOrderChangeOperation = {
  method: 'taobao.life.reservation.item.order.change',
  responseRoot: 'life_reservation_item_order_change_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 生服购后预约单外部发起变更 — calls TOP method `taobao.life.reservation.item.order.change`.
 *
 * 生服购后预约单外部发起变更，例如改期、取消。目前体检场景，用户会直接联系ISV改期/取消，因此开放给ISV这块的能力
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLifeReservationItemOrderChange(
  client: TopClient,
  request: TaobaoLifeReservationItemOrderChangeRequest,
  options?: CallOptions,
): Promise<TaobaoLifeReservationItemOrderChangeResponse> {
  return client.call<TaobaoLifeReservationItemOrderChangeResponse>(
    {
      method: 'taobao.life.reservation.item.order.change',
      responseRoot: 'life_reservation_item_order_change_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
