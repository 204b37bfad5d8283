// Generated from specs/wdk/alibaba.wdk.ums.retrieve.batch.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.ums.retrieve.batch.confirm` (批量消息确认). */
export interface AlibabaWdkUmsRetrieveBatchConfirmRequest {
  /** warehouse_code */
  warehouse_code?: string;
  /**
   * warehouse_code
   *
   * Max list size: 20
   */
  uuids?: string[];
}

/** Response of `alibaba.wdk.ums.retrieve.batch.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkUmsRetrieveBatchConfirmResponse {
  /** result */
  result?: AlibabaWdkUmsRetrieveBatchConfirmUtmsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UtmsResult` of `alibaba.wdk.ums.retrieve.batch.confirm`. */
export interface AlibabaWdkUmsRetrieveBatchConfirmUtmsResult {
  /** model */
  model?: string;
  /** list */
  list?: string;
  /** code */
  code?: string;
  /** success */
  success?: boolean;
  /** msg */
  msg?: string;
}

const REQUEST_SCHEMA = {
  warehouse_code: 'String',
  uuids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    list: 'String',
    code: 'String',
    success: 'Boolean',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.ums.retrieve.batch.confirm`: method, response root, request and response schemas. */
export const alibabaWdkUmsRetrieveBatchConfirmOperation = {
  method: 'alibaba.wdk.ums.retrieve.batch.confirm',
  responseRoot: 'alibaba_wdk_ums_retrieve_batch_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量消息确认 — calls TOP method `alibaba.wdk.ums.retrieve.batch.confirm`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkUmsRetrieveBatchConfirm(
  client: TopClient,
  request: AlibabaWdkUmsRetrieveBatchConfirmRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkUmsRetrieveBatchConfirmResponse> {
  return client.call<AlibabaWdkUmsRetrieveBatchConfirmResponse>(
    {
      method: 'alibaba.wdk.ums.retrieve.batch.confirm',
      responseRoot: 'alibaba_wdk_ums_retrieve_batch_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
