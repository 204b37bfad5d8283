// Generated from specs/tbitem/alibaba.item.operate.upshelf.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.item.operate.upshelf` (商品上架). */
export interface AlibabaItemOperateUpshelfRequest {
  /** 商品ID */
  item_id: Int64Input;
  /** 商品库存 */
  quantity?: Int64Input;
}

/** Response of `alibaba.item.operate.upshelf`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaItemOperateUpshelfResponse {
  /** 商品上架是否成功 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  quantity: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.item.operate.upshelf`: method, response root, request and response schemas. */
export const alibabaItemOperateUpshelfOperation = {
  method: 'alibaba.item.operate.upshelf',
  responseRoot: 'alibaba_item_operate_upshelf_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品上架 — calls TOP method `alibaba.item.operate.upshelf`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaItemOperateUpshelf(
  client: TopClient,
  request: AlibabaItemOperateUpshelfRequest,
  options?: CallOptions,
): Promise<AlibabaItemOperateUpshelfResponse> {
  return client.call<AlibabaItemOperateUpshelfResponse>(
    {
      method: 'alibaba.item.operate.upshelf',
      responseRoot: 'alibaba_item_operate_upshelf_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
