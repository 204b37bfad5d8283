// Generated from specs/scbp/alibaba.scbp.product.status.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.product.status.update` (修改P4P产品推广状态). */
export interface AlibabaScbpProductStatusUpdateRequest {
  /**
   * 产品ID列表
   *
   * Max list size: 50
   */
  product_id_list: string[];
  /** enabled:开启,disabled:暂停 */
  status: string;
}

/** Response of `alibaba.scbp.product.status.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpProductStatusUpdateResponse {
  /** 实际修改的产品数 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  product_id_list: ['String'],
  status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.product.status.update`: method, response root, request and response schemas. */
export const alibabaScbpProductStatusUpdateOperation = {
  method: 'alibaba.scbp.product.status.update',
  responseRoot: 'alibaba_scbp_product_status_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改P4P产品推广状态 — calls TOP method `alibaba.scbp.product.status.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpProductStatusUpdate(
  client: TopClient,
  request: AlibabaScbpProductStatusUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaScbpProductStatusUpdateResponse> {
  return client.call<AlibabaScbpProductStatusUpdateResponse>(
    {
      method: 'alibaba.scbp.product.status.update',
      responseRoot: 'alibaba_scbp_product_status_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
