// Generated from specs/promotion/taobao.ump.activity.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.activity.get` (查询营销活动). */
export interface TaobaoUmpActivityGetRequest {
  /** 活动id */
  act_id: Int64Input;
}

/** Response of `taobao.ump.activity.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpActivityGetResponse {
  /** 营销活动的内容，可以通过ump sdk中的marketingTool来完成对该内容的处理 */
  content?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  act_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  content: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.activity.get`: method, response root, request and response schemas. */
export const taobaoUmpActivityGetOperation = {
  method: 'taobao.ump.activity.get',
  responseRoot: 'ump_activity_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询营销活动 — calls TOP method `taobao.ump.activity.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpActivityGet(
  client: TopClient,
  request: TaobaoUmpActivityGetRequest,
  options?: CallOptions,
): Promise<TaobaoUmpActivityGetResponse> {
  return client.call<TaobaoUmpActivityGetResponse>(
    {
      method: 'taobao.ump.activity.get',
      responseRoot: 'ump_activity_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
