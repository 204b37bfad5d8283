// Generated from specs/scbp/alibaba.scbp.tag.rename.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.tag.rename` (重命名关键词分组). */
export interface AlibabaScbpTagRenameRequest {
  /** 需要重命名的关键词分组名 */
  tag_name: string;
  /** 新分组名 */
  new_tag_name: string;
}

/** Response of `alibaba.scbp.tag.rename`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpTagRenameResponse {
  /** 重命名分组成功或者失败 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tag_name: 'String',
  new_tag_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.tag.rename`: method, response root, request and response schemas. */
export const alibabaScbpTagRenameOperation = {
  method: 'alibaba.scbp.tag.rename',
  responseRoot: 'alibaba_scbp_tag_rename_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 重命名关键词分组 — calls TOP method `alibaba.scbp.tag.rename`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpTagRename(
  client: TopClient,
  request: AlibabaScbpTagRenameRequest,
  options?: CallOptions,
): Promise<AlibabaScbpTagRenameResponse> {
  return client.call<AlibabaScbpTagRenameResponse>(
    {
      method: 'alibaba.scbp.tag.rename',
      responseRoot: 'alibaba_scbp_tag_rename_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
