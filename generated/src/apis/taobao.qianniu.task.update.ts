// Generated from specs/qianniu/taobao.qianniu.task.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qianniu.task.update` (更新轻任务). */
export interface TaobaoQianniuTaskUpdateRequest {
  /** 任务ID */
  task_id: Int64Input;
  /** 子任务状态，由业务方自定义 */
  sub_status?: string;
  /** 状态值，多个以逗号分隔 */
  status?: string;
  /** 任务标签 */
  tag?: string;
  /** 任务备注。当memo_mode为1时，memo将采用追加方式。 */
  memo?: string;
  /** 提醒时间，时间的毫秒数 */
  remind_time?: Int64Input;
  /** 应用自定义参数 */
  biz_param?: string;
  /** 0为不提醒，1为全部提醒，2为PC提醒，3为移动提醒，4为已提醒，5为已忽略。 */
  remind_flag?: Int64Input;
  /** 表示memo字段的更新策略。如需采用追加方式的，请将此字段设置为1。 */
  memo_mode?: Int64Input;
  /** 默认填0，数字越大优化级越高。当前常用0和1. */
  priority?: Int64Input;
  /** 0表示没有删除，1表示删除 */
  is_deleted?: Int64Input;
}

/** Response of `taobao.qianniu.task.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQianniuTaskUpdateResponse {
  /** 是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  task_id: 'Number',
  sub_status: 'String',
  status: 'String',
  tag: 'String',
  memo: 'String',
  remind_time: 'Number',
  biz_param: 'String',
  remind_flag: 'Number',
  memo_mode: 'Number',
  priority: 'Number',
  is_deleted: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qianniu.task.update`: method, response root, request and response schemas. */
export const taobaoQianniuTaskUpdateOperation = {
  method: 'taobao.qianniu.task.update',
  responseRoot: 'qianniu_task_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新轻任务 — calls TOP method `taobao.qianniu.task.update`.
 *
 * 由任务执行者调用，sub_status，tag和memo至少提供一个
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQianniuTaskUpdate(
  client: TopClient,
  request: TaobaoQianniuTaskUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoQianniuTaskUpdateResponse> {
  return client.call<TaobaoQianniuTaskUpdateResponse>(
    {
      method: 'taobao.qianniu.task.update',
      responseRoot: 'qianniu_task_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
