// Generated from specs/gameact/taobao.de.activity.delivery.addr.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.de.activity.delivery.addr.confirm` (用户收件地址确认). */
export interface TaobaoDeActivityDeliveryAddrConfirmRequest {
  /** 加密流水号 */
  serial_number: string;
  /** 地址Sign */
  address_sign: string;
}

/** Response of `taobao.de.activity.delivery.addr.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDeActivityDeliveryAddrConfirmResponse {
  /** 更新或确认收件地址 */
  update_delivery_address_vo?: TaobaoDeActivityDeliveryAddrConfirmUpdateDeliveryAddressVO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateDeliveryAddressVO` of `taobao.de.activity.delivery.addr.confirm`. */
export interface TaobaoDeActivityDeliveryAddrConfirmUpdateDeliveryAddressVO {
  /** 是否成功更新或确认地址 */
  update_address?: boolean;
}

const REQUEST_SCHEMA = {
  serial_number: 'String',
  address_sign: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  update_delivery_address_vo: {
    update_address: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.de.activity.delivery.addr.confirm`: method, response root, request and response schemas. */
export const taobaoDeActivityDeliveryAddrConfirmOperation = {
  method: 'taobao.de.activity.delivery.addr.confirm',
  responseRoot: 'de_activity_delivery_addr_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户收件地址确认 — calls TOP method `taobao.de.activity.delivery.addr.confirm`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDeActivityDeliveryAddrConfirm(
  client: TopClient,
  request: TaobaoDeActivityDeliveryAddrConfirmRequest,
  options?: CallOptions,
): Promise<TaobaoDeActivityDeliveryAddrConfirmResponse> {
  return client.call<TaobaoDeActivityDeliveryAddrConfirmResponse>(
    {
      method: 'taobao.de.activity.delivery.addr.confirm',
      responseRoot: 'de_activity_delivery_addr_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
