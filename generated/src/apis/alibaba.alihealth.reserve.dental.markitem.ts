// Generated from specs/alihealth2/alibaba.alihealth.reserve.dental.markitem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.reserve.dental.markitem` (标记商品是否可预约). */
export interface AlibabaAlihealthReserveDentalMarkitemRequest {
  /** 平台商品id */
  item_id: Int64Input;
  /** 是否可预约，1.可预约 0.不可预约 */
  status: Int64Input;
}

/** Response of `alibaba.alihealth.reserve.dental.markitem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthReserveDentalMarkitemResponse {
  /** result */
  result?: AlibabaAlihealthReserveDentalMarkitemServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.alihealth.reserve.dental.markitem`. */
export interface AlibabaAlihealthReserveDentalMarkitemServiceResult {
  /** errMessage */
  err_message?: string;
  /** errCode */
  err_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  status: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_message: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.reserve.dental.markitem`: method, response root, request and response schemas. */
export const alibabaAlihealthReserveDentalMarkitemOperation = {
  method: 'alibaba.alihealth.reserve.dental.markitem',
  responseRoot: 'alibaba_alihealth_reserve_dental_markitem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 标记商品是否可预约 — calls TOP method `alibaba.alihealth.reserve.dental.markitem`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthReserveDentalMarkitem(
  client: TopClient,
  request: AlibabaAlihealthReserveDentalMarkitemRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthReserveDentalMarkitemResponse> {
  return client.call<AlibabaAlihealthReserveDentalMarkitemResponse>(
    {
      method: 'alibaba.alihealth.reserve.dental.markitem',
      responseRoot: 'alibaba_alihealth_reserve_dental_markitem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
