// Generated from specs/tbitem/alibaba.item.operate.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.item.operate.delete` (商品删除). */
export interface AlibabaItemOperateDeleteRequest {
  /** 商品ID */
  item_id: Int64Input;
}

/** Response of `alibaba.item.operate.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaItemOperateDeleteResponse {
  /** 商品删除是否成功 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.item.operate.delete`: method, response root, request and response schemas. */
export const alibabaItemOperateDeleteOperation = {
  method: 'alibaba.item.operate.delete',
  responseRoot: 'alibaba_item_operate_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品删除 — calls TOP method `alibaba.item.operate.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaItemOperateDelete(
  client: TopClient,
  request: AlibabaItemOperateDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaItemOperateDeleteResponse> {
  return client.call<AlibabaItemOperateDeleteResponse>(
    {
      method: 'alibaba.item.operate.delete',
      responseRoot: 'alibaba_item_operate_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
