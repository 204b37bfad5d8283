// Generated from specs/jstinteractive/taobao.jst.interactive.activity.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.interactive.activity.create` (互动任务活动创建接口). */
export interface TaobaoJstInteractiveActivityCreateRequest {
  /** 小程序id */
  mini_app_id: string;
  /** 活动名称 */
  activity_name: string;
  /** 活动开始时间，格式为yyyy-MM-dd HH:mm:ss，任务列表只在活动期间内返回 */
  start_time: string;
  /** 活动结束时间，格式为yyyy-MM-dd HH:mm:ss，任务列表只在活动期间内返回 */
  end_time: string;
}

/** Response of `taobao.jst.interactive.activity.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstInteractiveActivityCreateResponse {
  /** 活动id */
  activity_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  mini_app_id: 'String',
  activity_name: 'String',
  start_time: 'String',
  end_time: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  activity_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.interactive.activity.create`: method, response root, request and response schemas. */
export const taobaoJstInteractiveActivityCreateOperation = {
  method: 'taobao.jst.interactive.activity.create',
  responseRoot: 'jst_interactive_activity_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 互动任务活动创建接口 — calls TOP method `taobao.jst.interactive.activity.create`.
 *
 * 调用活动创建接口为小程序创建互动任务活动，任务列表仅在活动期间内返回
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstInteractiveActivityCreate(
  client: TopClient,
  request: TaobaoJstInteractiveActivityCreateRequest,
  options?: CallOptions,
): Promise<TaobaoJstInteractiveActivityCreateResponse> {
  return client.call<TaobaoJstInteractiveActivityCreateResponse>(
    {
      method: 'taobao.jst.interactive.activity.create',
      responseRoot: 'jst_interactive_activity_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
