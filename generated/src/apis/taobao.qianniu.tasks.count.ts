// Generated from specs/qianniu/taobao.qianniu.tasks.count.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qianniu.tasks.count` (任务查询条数接口). */
export interface TaobaoQianniuTasksCountRequest {
  /** 业务类型 */
  biz_type?: string;
  /** 子任务类型 */
  sub_biz_type?: string;
  /** 任务的ID列表，用逗号分隔 */
  task_ids?: string;
  /** 业务ID列表，逗号分隔 */
  biz_ids?: string;
  /** 任务执行者用户数字ID */
  receiver_uid?: Int64Input;
  /** 任务发起者用户数字ID */
  sender_uid?: Int64Input;
  /** 逗号分隔的任务状态：0-未执行，1-执行中，2-执行完成，3-超时，4-取消，5-忽略 */
  status?: string;
  /** 逗号分隔的子任务状态，由业务方自定义 */
  sub_status?: string;
  /** 任务元id，多个以逗号分隔 */
  metadata_ids?: string;
  /** 0-不需要提醒，未设提醒时间 1-设置过提醒时间，需要提醒 */
  remind_flag?: Int64Input;
  /** 与业务相关的买家nick */
  biz_nick?: string;
  /** 按时间段搜索时的开始日期，格式如2014-01-01，不填则不限 */
  start_date?: string;
  /** 按时间段搜索的结束日期。不填则不限。格式为2014-01-01 */
  end_date?: string;
  /** 优先级 */
  priority?: Int64Input;
  /** 需要排除的任务类型 */
  exclude_biz_type?: string;
  /** 关键词搜索。只对任务内容进行模糊匹配，以及bizid和biznick进行精准匹配 */
  key_word?: string;
}

/** Response of `taobao.qianniu.tasks.count`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQianniuTasksCountResponse {
  /** 符合查询条件的总条数 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  biz_type: 'String',
  sub_biz_type: 'String',
  task_ids: 'String',
  biz_ids: 'String',
  receiver_uid: 'Number',
  sender_uid: 'Number',
  status: 'String',
  sub_status: 'String',
  metadata_ids: 'String',
  remind_flag: 'Number',
  biz_nick: 'String',
  start_date: 'String',
  end_date: 'String',
  priority: 'Number',
  exclude_biz_type: 'String',
  key_word: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qianniu.tasks.count`: method, response root, request and response schemas. */
export const taobaoQianniuTasksCountOperation = {
  method: 'taobao.qianniu.tasks.count',
  responseRoot: 'qianniu_tasks_count_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 任务查询条数接口 — calls TOP method `taobao.qianniu.tasks.count`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQianniuTasksCount(
  client: TopClient,
  request: TaobaoQianniuTasksCountRequest = {},
  options?: CallOptions,
): Promise<TaobaoQianniuTasksCountResponse> {
  return client.call<TaobaoQianniuTasksCountResponse>(
    {
      method: 'taobao.qianniu.tasks.count',
      responseRoot: 'qianniu_tasks_count_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
