// Generated from specs/alihealth2/alibaba.alihealth.reserve.dental.unbinditem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.reserve.dental.unbinditem` (解绑商品信息). */
export interface AlibabaAlihealthReserveDentalUnbinditemRequest {
  /** 服务商门店id */
  sp_store_id: string;
  /** 服务商商品id */
  sp_item_id: string;
}

/** Response of `alibaba.alihealth.reserve.dental.unbinditem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthReserveDentalUnbinditemResponse {
  /** result */
  result?: AlibabaAlihealthReserveDentalUnbinditemResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.reserve.dental.unbinditem`. */
export interface AlibabaAlihealthReserveDentalUnbinditemResult {
  /** errMessage */
  err_message?: string;
  /** errCode */
  err_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  sp_store_id: 'String',
  sp_item_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_message: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.reserve.dental.unbinditem`: method, response root, request and response schemas. */
export const alibabaAlihealthReserveDentalUnbinditemOperation = {
  method: 'alibaba.alihealth.reserve.dental.unbinditem',
  responseRoot: 'alibaba_alihealth_reserve_dental_unbinditem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 解绑商品信息 — calls TOP method `alibaba.alihealth.reserve.dental.unbinditem`.
 *
 * 绑定门店信息，商品信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthReserveDentalUnbinditem(
  client: TopClient,
  request: AlibabaAlihealthReserveDentalUnbinditemRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthReserveDentalUnbinditemResponse> {
  return client.call<AlibabaAlihealthReserveDentalUnbinditemResponse>(
    {
      method: 'alibaba.alihealth.reserve.dental.unbinditem',
      responseRoot: 'alibaba_alihealth_reserve_dental_unbinditem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
