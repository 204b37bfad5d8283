// Generated from specs/scbp/alibaba.scbp.tag.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.tag.delete` (删除关键词分组). */
export interface AlibabaScbpTagDeleteRequest {
  /** 关键词分组名 */
  tag_name: string;
}

/** Response of `alibaba.scbp.tag.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpTagDeleteResponse {
  /** 删除关键词分组成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tag_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.tag.delete`: method, response root, request and response schemas. */
export const alibabaScbpTagDeleteOperation = {
  method: 'alibaba.scbp.tag.delete',
  responseRoot: 'alibaba_scbp_tag_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除关键词分组 — calls TOP method `alibaba.scbp.tag.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpTagDelete(
  client: TopClient,
  request: AlibabaScbpTagDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaScbpTagDeleteResponse> {
  return client.call<AlibabaScbpTagDeleteResponse>(
    {
      method: 'alibaba.scbp.tag.delete',
      responseRoot: 'alibaba_scbp_tag_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
