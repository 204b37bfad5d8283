// Generated from specs/waybill/cainiao.waybill.ii.delivery.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.waybill.ii.delivery` (派件通知接口). */
export interface CainiaoWaybillIiDeliveryRequest {
  /** 物流供应商编码 */
  cp_code?: string;
  /** 派送类型，1:通知派送； -1: 通知退回 */
  delivery_action?: Int64Input;
  /** 面单号 */
  waybill_code?: string;
}

/** Response of `cainiao.waybill.ii.delivery`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoWaybillIiDeliveryResponse {
  /** 确认结果 */
  confirm_response?: CainiaoWaybillIiDeliveryWaybillOrderConfirmResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WaybillOrderConfirmResponse` of `cainiao.waybill.ii.delivery`. */
export interface CainiaoWaybillIiDeliveryWaybillOrderConfirmResponse {
  /** 面单号 */
  waybill_code?: string;
}

const REQUEST_SCHEMA = {
  cp_code: 'String',
  delivery_action: 'Number',
  waybill_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  confirm_response: {
    waybill_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.waybill.ii.delivery`: method, response root, request and response schemas. */
export const cainiaoWaybillIiDeliveryOperation = {
  method: 'cainiao.waybill.ii.delivery',
  responseRoot: 'cainiao_waybill_ii_delivery_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 派件通知接口 — calls TOP method `cainiao.waybill.ii.delivery`.
 *
 * 极效前置场景下的使用此接口，通知进行派件
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoWaybillIiDelivery(
  client: TopClient,
  request: CainiaoWaybillIiDeliveryRequest = {},
  options?: CallOptions,
): Promise<CainiaoWaybillIiDeliveryResponse> {
  return client.call<CainiaoWaybillIiDeliveryResponse>(
    {
      method: 'cainiao.waybill.ii.delivery',
      responseRoot: 'cainiao_waybill_ii_delivery_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
