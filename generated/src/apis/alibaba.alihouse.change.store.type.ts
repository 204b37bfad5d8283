// Generated from specs/alihouse/alibaba.alihouse.change.store.type.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.change.store.type` (融合店迁移门店). */
export interface AlibabaAlihouseChangeStoreTypeRequest {
  /** 1 */
  outer_store_id?: string;
  /** 1 */
  store_type?: Int64Input;
  /** 1 */
  sub_type?: Int64Input;
  /** 1 */
  outer_company_id?: string;
}

/** Response of `alibaba.alihouse.change.store.type`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseChangeStoreTypeResponse {
  /** 1 */
  return_code?: string;
  /** 1 */
  data?: boolean;
  /** 1 */
  return_success?: boolean;
  /** 1 */
  return_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  outer_store_id: 'String',
  store_type: 'Number',
  sub_type: 'Number',
  outer_company_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  return_code: 'String',
  data: 'Boolean',
  return_success: 'Boolean',
  return_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.change.store.type`: method, response root, request and response schemas. */
export const alibabaAlihouseChangeStoreTypeOperation = {
  method: 'alibaba.alihouse.change.store.type',
  responseRoot: 'alibaba_alihouse_change_store_type_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 融合店迁移门店 — calls TOP method `alibaba.alihouse.change.store.type`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseChangeStoreType(
  client: TopClient,
  request: AlibabaAlihouseChangeStoreTypeRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseChangeStoreTypeResponse> {
  return client.call<AlibabaAlihouseChangeStoreTypeResponse>(
    {
      method: 'alibaba.alihouse.change.store.type',
      responseRoot: 'alibaba_alihouse_change_store_type_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
