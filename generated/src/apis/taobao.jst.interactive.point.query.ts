// Generated from specs/jstinteractive/taobao.jst.interactive.point.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.interactive.point.query` (互动积分查询接口). */
export interface TaobaoJstInteractivePointQueryRequest {}

/** Response of `taobao.jst.interactive.point.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstInteractivePointQueryResponse {
  /** 查询结果 */
  data?: TaobaoJstInteractivePointQueryInteractivePointQueryResponse;
  /** 调用是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InteractivePointQueryResponse` of `taobao.jst.interactive.point.query`. */
export interface TaobaoJstInteractivePointQueryInteractivePointQueryResponse {
  /** 用户积分总额 */
  amount?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    amount: 'Number',
  },
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.interactive.point.query`: method, response root, request and response schemas. */
export const taobaoJstInteractivePointQueryOperation = {
  method: 'taobao.jst.interactive.point.query',
  responseRoot: 'jst_interactive_point_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 互动积分查询接口 — calls TOP method `taobao.jst.interactive.point.query`.
 *
 * 查询用户的互动积分
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstInteractivePointQuery(
  client: TopClient,
  request: TaobaoJstInteractivePointQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoJstInteractivePointQueryResponse> {
  return client.call<TaobaoJstInteractivePointQueryResponse>(
    {
      method: 'taobao.jst.interactive.point.query',
      responseRoot: 'jst_interactive_point_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
