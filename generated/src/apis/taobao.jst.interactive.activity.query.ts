// Generated from specs/jstinteractive/taobao.jst.interactive.activity.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.interactive.activity.query` (互动任务活动查询接口). */
export interface TaobaoJstInteractiveActivityQueryRequest {
  /** 小程序id */
  mini_app_id: string;
}

/** Response of `taobao.jst.interactive.activity.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstInteractiveActivityQueryResponse {
  /** 活动列表，只返回有效的活动 */
  activity_list?: TaobaoJstInteractiveActivityQueryActivity[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Activity` of `taobao.jst.interactive.activity.query`. */
export interface TaobaoJstInteractiveActivityQueryActivity {
  /** 活动id */
  activity_id?: Int64;
  /** 活动名称 */
  activity_name?: string;
  /** 活动开始时间 */
  start_time?: string;
  /** 活动结束时间 */
  end_time?: string;
  /** 活动状态，0=无效，1=有效 */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  mini_app_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  activity_list: [
    {
      activity_id: 'Number',
      activity_name: 'String',
      start_time: 'String',
      end_time: 'String',
      status: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.interactive.activity.query`: method, response root, request and response schemas. */
export const taobaoJstInteractiveActivityQueryOperation = {
  method: 'taobao.jst.interactive.activity.query',
  responseRoot: 'jst_interactive_activity_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 互动任务活动查询接口 — calls TOP method `taobao.jst.interactive.activity.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstInteractiveActivityQuery(
  client: TopClient,
  request: TaobaoJstInteractiveActivityQueryRequest,
  options?: CallOptions,
): Promise<TaobaoJstInteractiveActivityQueryResponse> {
  return client.call<TaobaoJstInteractiveActivityQueryResponse>(
    {
      method: 'taobao.jst.interactive.activity.query',
      responseRoot: 'jst_interactive_activity_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
