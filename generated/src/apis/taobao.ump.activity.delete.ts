// Generated from specs/promotion/taobao.ump.activity.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.activity.delete` (删除营销活动). */
export interface TaobaoUmpActivityDeleteRequest {
  /** 活动id */
  act_id: Int64Input;
}

/** Response of `taobao.ump.activity.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpActivityDeleteResponse {
  /** 调用是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  act_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.activity.delete`: method, response root, request and response schemas. */
export const taobaoUmpActivityDeleteOperation = {
  method: 'taobao.ump.activity.delete',
  responseRoot: 'ump_activity_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除营销活动 — calls TOP method `taobao.ump.activity.delete`.
 *
 * 删除营销活动。对应的活动详情等将会被全部删除。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpActivityDelete(
  client: TopClient,
  request: TaobaoUmpActivityDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoUmpActivityDeleteResponse> {
  return client.call<TaobaoUmpActivityDeleteResponse>(
    {
      method: 'taobao.ump.activity.delete',
      responseRoot: 'ump_activity_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
