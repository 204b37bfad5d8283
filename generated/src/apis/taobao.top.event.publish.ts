// Generated from specs/util/taobao.top.event.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.top.event.publish` (同步事件发布). */
export interface TaobaoTopEventPublishRequest {
  /** 事件编码 */
  trigger_code: string;
  /** 事件内容 */
  content: string | Record<string, unknown>;
}

/** Response of `taobao.top.event.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTopEventPublishResponse {
  /** 事件返回值 */
  data?: TaobaoTopEventPublishEventPublishResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EventPublishResponse` of `taobao.top.event.publish`. */
export interface TaobaoTopEventPublishEventPublishResponse {
  /** 流程返回值列表 */
  response_list?: TaobaoTopEventPublishProcessResponse[];
  /** traceId */
  trace_id?: string;
  /** 是否触发工作流 */
  execute_process?: boolean;
}

/** `ProcessResponse` of `taobao.top.event.publish`. */
export interface TaobaoTopEventPublishProcessResponse {
  /** 流程实例ID */
  process_instance_id?: string;
  /** 流程执行是否成功 */
  process_success?: boolean;
  /** 业务是否成功 */
  biz_success?: boolean;
  /** 流程错误码 */
  process_error_code?: string;
  /** 流程错误信息 */
  process_error_msg?: string;
  /** 流程备注 */
  process_remark?: string;
  /** 流程返回值 */
  process_data?: string | Record<string, unknown>;
}

const REQUEST_SCHEMA = {
  trigger_code: 'String',
  content: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    response_list: [
      {
        process_instance_id: 'String',
        process_success: 'Boolean',
        biz_success: 'Boolean',
        process_error_code: 'String',
        process_error_msg: 'String',
        process_remark: 'String',
        process_data: 'Json',
      },
    ],
    trace_id: 'String',
    execute_process: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.top.event.publish`: method, response root, request and response schemas. */
export const taobaoTopEventPublishOperation = {
  method: 'taobao.top.event.publish',
  responseRoot: 'top_event_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同步事件发布 — calls TOP method `taobao.top.event.publish`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTopEventPublish(
  client: TopClient,
  request: TaobaoTopEventPublishRequest,
  options?: CallOptions,
): Promise<TaobaoTopEventPublishResponse> {
  return client.call<TaobaoTopEventPublishResponse>(
    {
      method: 'taobao.top.event.publish',
      responseRoot: 'top_event_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
