// Generated from specs/scbp/alibaba.scbp.product.preferential.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.product.preferential.update` (设置P4P产品优先推广状态). */
export interface AlibabaScbpProductPreferentialUpdateRequest {
  /** 关键词ID */
  keyword_id: Int64Input;
  /** 产品ID */
  product_id: Int64Input;
  /** Y:设置优推,N:取消优推 */
  status: string;
}

/** Response of `alibaba.scbp.product.preferential.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpProductPreferentialUpdateResponse {
  /** 设置成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  keyword_id: 'Number',
  product_id: 'Number',
  status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.product.preferential.update`: method, response root, request and response schemas. */
export const alibabaScbpProductPreferentialUpdateOperation = {
  method: 'alibaba.scbp.product.preferential.update',
  responseRoot: 'alibaba_scbp_product_preferential_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 设置P4P产品优先推广状态 — calls TOP method `alibaba.scbp.product.preferential.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpProductPreferentialUpdate(
  client: TopClient,
  request: AlibabaScbpProductPreferentialUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaScbpProductPreferentialUpdateResponse> {
  return client.call<AlibabaScbpProductPreferentialUpdateResponse>(
    {
      method: 'alibaba.scbp.product.preferential.update',
      responseRoot: 'alibaba_scbp_product_preferential_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
