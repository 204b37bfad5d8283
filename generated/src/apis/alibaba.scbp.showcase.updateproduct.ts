// Generated from specs/icbushowcase/alibaba.scbp.showcase.updateproduct.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.showcase.updateproduct` (替换橱窗商品). */
export interface AlibabaScbpShowcaseUpdateproductRequest {
  /** 橱窗id */
  window_id: Int64Input;
  /** 新的商品id */
  new_product_id: Int64Input;
}

/** Response of `alibaba.scbp.showcase.updateproduct`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpShowcaseUpdateproductResponse {
  /** 是否修改成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  window_id: 'Number',
  new_product_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.showcase.updateproduct`: method, response root, request and response schemas. */
export const alibabaScbpShowcaseUpdateproductOperation = {
  method: 'alibaba.scbp.showcase.updateproduct',
  responseRoot: 'alibaba_scbp_showcase_updateproduct_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 替换橱窗商品 — calls TOP method `alibaba.scbp.showcase.updateproduct`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpShowcaseUpdateproduct(
  client: TopClient,
  request: AlibabaScbpShowcaseUpdateproductRequest,
  options?: CallOptions,
): Promise<AlibabaScbpShowcaseUpdateproductResponse> {
  return client.call<AlibabaScbpShowcaseUpdateproductResponse>(
    {
      method: 'alibaba.scbp.showcase.updateproduct',
      responseRoot: 'alibaba_scbp_showcase_updateproduct_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
