// Generated from specs/aetask/aliexpress.interactive.task.complete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.interactive.task.complete` (任务完成接口). */
export interface AliexpressInteractiveTaskCompleteRequest {
  /** 任务实例id */
  task_instance_id: Int64Input;
  /** appkey */
  project_app_key: string;
}

/** Response of `aliexpress.interactive.task.complete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressInteractiveTaskCompleteResponse {
  /** 接口返回model */
  result?: AliexpressInteractiveTaskCompleteResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `aliexpress.interactive.task.complete`. */
export interface AliexpressInteractiveTaskCompleteResult {
  /** 结果 */
  result?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  task_instance_id: 'Number',
  project_app_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: 'String',
    success: 'Boolean',
    error_code: 'String',
    msg_info: 'String',
    msg_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.interactive.task.complete`: method, response root, request and response schemas. */
export const aliexpressInteractiveTaskCompleteOperation = {
  method: 'aliexpress.interactive.task.complete',
  responseRoot: 'aliexpress_interactive_task_complete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 任务完成接口 — calls TOP method `aliexpress.interactive.task.complete`.
 *
 * 用户完成任务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressInteractiveTaskComplete(
  client: TopClient,
  request: AliexpressInteractiveTaskCompleteRequest,
  options?: CallOptions,
): Promise<AliexpressInteractiveTaskCompleteResponse> {
  return client.call<AliexpressInteractiveTaskCompleteResponse>(
    {
      method: 'aliexpress.interactive.task.complete',
      responseRoot: 'aliexpress_interactive_task_complete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
