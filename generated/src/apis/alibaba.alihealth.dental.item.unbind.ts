// Generated from specs/alihealth2/alibaba.alihealth.dental.item.unbind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.dental.item.unbind` (ISV解绑商品). */
export interface AlibabaAlihealthDentalItemUnbindRequest {
  /** ISV门店ID */
  sp_store_id?: string;
  /** ISV商品ID */
  sp_item_id?: string;
}

/** Response of `alibaba.alihealth.dental.item.unbind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDentalItemUnbindResponse {
  /** result */
  result?: AlibabaAlihealthDentalItemUnbindMtopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MtopResult` of `alibaba.alihealth.dental.item.unbind`. */
export interface AlibabaAlihealthDentalItemUnbindMtopResult {
  /** true */
  model?: boolean;
  /** 200 */
  msg_code?: string;
  /** 成功 */
  msg_info?: string;
  /** true */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  sp_store_id: 'String',
  sp_item_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.dental.item.unbind`: method, response root, request and response schemas. */
export const alibabaAlihealthDentalItemUnbindOperation = {
  method: 'alibaba.alihealth.dental.item.unbind',
  responseRoot: 'alibaba_alihealth_dental_item_unbind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV解绑商品 — calls TOP method `alibaba.alihealth.dental.item.unbind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDentalItemUnbind(
  client: TopClient,
  request: AlibabaAlihealthDentalItemUnbindRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDentalItemUnbindResponse> {
  return client.call<AlibabaAlihealthDentalItemUnbindResponse>(
    {
      method: 'alibaba.alihealth.dental.item.unbind',
      responseRoot: 'alibaba_alihealth_dental_item_unbind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
