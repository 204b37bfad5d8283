// Generated from specs/scbp/alibaba.scbp.tag.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.tag.add` (创建关键词分组). */
export interface AlibabaScbpTagAddRequest {
  /** 分组名称，最多允许创建100个 */
  tag_name: string;
}

/** Response of `alibaba.scbp.tag.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpTagAddResponse {
  /** 分组名称 */
  tag_name?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tag_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tag_name: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.tag.add`: method, response root, request and response schemas. */
export const alibabaScbpTagAddOperation = {
  method: 'alibaba.scbp.tag.add',
  responseRoot: 'alibaba_scbp_tag_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建关键词分组 — calls TOP method `alibaba.scbp.tag.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpTagAdd(
  client: TopClient,
  request: AlibabaScbpTagAddRequest,
  options?: CallOptions,
): Promise<AlibabaScbpTagAddResponse> {
  return client.call<AlibabaScbpTagAddResponse>(
    {
      method: 'alibaba.scbp.tag.add',
      responseRoot: 'alibaba_scbp_tag_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
