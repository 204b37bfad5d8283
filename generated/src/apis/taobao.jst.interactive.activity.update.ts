// Generated from specs/jstinteractive/taobao.jst.interactive.activity.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.interactive.activity.update` (互动任务活动修改接口). */
export interface TaobaoJstInteractiveActivityUpdateRequest {
  /** 小程序id */
  mini_app_id: string;
  /** 活动开始时间，格式为yyyy-MM-dd HH:mm:ss，任务列表只在活动期间内返回 */
  start_time?: string;
  /** 活动结束时间，格式为yyyy-MM-dd HH:mm:ss，任务列表只在活动期间内返回 */
  end_time?: string;
  /** 活动状态，0=无效，1=有效，status设为0即代表删除此活动，需创建新的活动 */
  status?: Int64Input;
}

/** Response of `taobao.jst.interactive.activity.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstInteractiveActivityUpdateResponse {
  /** 修改结果 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  mini_app_id: 'String',
  start_time: 'String',
  end_time: 'String',
  status: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.interactive.activity.update`: method, response root, request and response schemas. */
export const taobaoJstInteractiveActivityUpdateOperation = {
  method: 'taobao.jst.interactive.activity.update',
  responseRoot: 'jst_interactive_activity_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 互动任务活动修改接口 — calls TOP method `taobao.jst.interactive.activity.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstInteractiveActivityUpdate(
  client: TopClient,
  request: TaobaoJstInteractiveActivityUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoJstInteractiveActivityUpdateResponse> {
  return client.call<TaobaoJstInteractiveActivityUpdateResponse>(
    {
      method: 'taobao.jst.interactive.activity.update',
      responseRoot: 'jst_interactive_activity_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
