// Generated from specs/jym/alibaba.jym.steam.fulfillment.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.steam.fulfillment.update` (交易猫Steam类目发履约态变更). */
export interface AlibabaJymSteamFulfillmentUpdateRequest {
  /** 履约信息通知 */
  delivery_notify_dto?: AlibabaJymSteamFulfillmentUpdateDeliveryNotifyDTOInput;
}

/** Response of `alibaba.jym.steam.fulfillment.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymSteamFulfillmentUpdateResponse {
  /** 执行结果 */
  result?: boolean;
  /** 子集错误码，提供与业务细节使用 */
  sub_code_type?: string;
  /** 调用结果 */
  is_success?: boolean;
  /** 子集错误描述，提供与业务细节使用 */
  sub_extra_err_msg?: string;
  /** 错误码枚举 */
  state_code?: string;
  /** 错误详细描述 */
  extra_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryNotifyDTO` of `alibaba.jym.steam.fulfillment.update`. */
export interface AlibabaJymSteamFulfillmentUpdateDeliveryNotifyDTOInput {
  /** 订单ID */
  biz_order_id: string;
  /** 发货失败原因ID */
  reason_id?: Int64Input;
  /** 发货类型：1：发货中， 2：发货成功 3.发货失败 4.发货通知 */
  delivery_type: Int64Input;
  /** 发货信息通知 */
  delivery_msg?: string;
}

const REQUEST_SCHEMA = {
  delivery_notify_dto: {
    biz_order_id: 'String',
    reason_id: 'Number',
    delivery_type: 'Number',
    delivery_msg: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  sub_code_type: 'String',
  is_success: 'Boolean',
  sub_extra_err_msg: 'String',
  state_code: 'String',
  extra_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jym.steam.fulfillment.update`: method, response root, request and response schemas. */
export const alibabaJymSteamFulfillmentUpdateOperation = {
  method: 'alibaba.jym.steam.fulfillment.update',
  responseRoot: 'alibaba_jym_steam_fulfillment_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交易猫Steam类目发履约态变更 — calls TOP method `alibaba.jym.steam.fulfillment.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymSteamFulfillmentUpdate(
  client: TopClient,
  request: AlibabaJymSteamFulfillmentUpdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaJymSteamFulfillmentUpdateResponse> {
  return client.call<AlibabaJymSteamFulfillmentUpdateResponse>(
    {
      method: 'alibaba.jym.steam.fulfillment.update',
      responseRoot: 'alibaba_jym_steam_fulfillment_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
