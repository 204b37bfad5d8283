// Generated from specs/jstinteractive/taobao.jst.interactive.task.register.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.interactive.task.register` (互动任务开通接口). */
export interface TaobaoJstInteractiveTaskRegisterRequest {
  /** 小程序id */
  mini_app_id: string;
}

/** Response of `taobao.jst.interactive.task.register`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstInteractiveTaskRegisterResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  mini_app_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.interactive.task.register`: method, response root, request and response schemas. */
export const taobaoJstInteractiveTaskRegisterOperation = {
  method: 'taobao.jst.interactive.task.register',
  responseRoot: 'jst_interactive_task_register_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 互动任务开通接口 — calls TOP method `taobao.jst.interactive.task.register`.
 *
 * 调用互动任务开通接口为小程序开通互动任务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstInteractiveTaskRegister(
  client: TopClient,
  request: TaobaoJstInteractiveTaskRegisterRequest,
  options?: CallOptions,
): Promise<TaobaoJstInteractiveTaskRegisterResponse> {
  return client.call<TaobaoJstInteractiveTaskRegisterResponse>(
    {
      method: 'taobao.jst.interactive.task.register',
      responseRoot: 'jst_interactive_task_register_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
