// Generated from specs/promotion/taobao.ump.detail.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.detail.delete` (删除活动详情). */
export interface TaobaoUmpDetailDeleteRequest {
  /** 活动详情id */
  detail_id: Int64Input;
}

/** Response of `taobao.ump.detail.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpDetailDeleteResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  detail_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.detail.delete`: method, response root, request and response schemas. */
export const taobaoUmpDetailDeleteOperation = {
  method: 'taobao.ump.detail.delete',
  responseRoot: 'ump_detail_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除活动详情 — calls TOP method `taobao.ump.detail.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpDetailDelete(
  client: TopClient,
  request: TaobaoUmpDetailDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoUmpDetailDeleteResponse> {
  return client.call<TaobaoUmpDetailDeleteResponse>(
    {
      method: 'taobao.ump.detail.delete',
      responseRoot: 'ump_detail_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
