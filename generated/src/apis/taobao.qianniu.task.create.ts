// Generated from specs/qianniu/taobao.qianniu.task.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qianniu.task.create` (创建轻任务). */
export interface TaobaoQianniuTaskCreateRequest {
  /**
   * 任务元数据，JSON格式，例如：
   * meta = {
   * title : "可自定义",
   * content : “任务正文”,
   * sender_uid : user_id,
   * sender_nick : user_nick,
   * reminder_flag : 1,
   * finish_strategy : 0,
   * biz_type : "memo",
   * priority : 0
   * };
   * 说明：reminder_flag:1表示需要发送任务提醒消息,0表示不需要消息提醒。建议写1;
   * finish_strategy : 0表示只要一个人完成任务就可以，1表示所有人都需要完成任务。根据场景设置，建议选0;
   * biz_type : 任务类型，请咨询千牛官方获取正确的任务类型;
   * priority : 1表示高优先级，0表示普通;
   * 这里的举例为必填字段，一些选填字段没有列出，如有其它需求请联系千牛官方。
   */
  meta: string;
  /**
   * 任务列表，JSON格式的数组，即支持多个接收人，例如：
   * task = [{
   * receiver_uid : user_id,
   * receiver_nick : user_nick,
   * biz_type : "memo",
   * sub_biz_type : "memo",
   * biz_id : user_nick,
   * biz_nick : user_nick
   * }];
   * 上述为必填字段，其它字段请咨询千牛官方。
   */
  tasks: string;
}

/** Response of `taobao.qianniu.task.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQianniuTaskCreateResponse {
  /** 创建的任务元数据 */
  result?: TaobaoQianniuTaskCreateQTaskMetadata;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QTaskMetadata` of `taobao.qianniu.task.create`. */
export interface TaobaoQianniuTaskCreateQTaskMetadata {
  /** 主键 */
  id?: Int64;
  /** 任务标题 */
  title?: string;
  /** 任务摘要内容 */
  content?: string;
  /** 来源系统ID */
  biz_sys_id?: Int64;
  /** 任务在来源系统的类型, 这个是业务系统的自定义类型 */
  biz_sys_task_type?: Int64;
  /** 任务开始时间，格式：当前时间毫秒数 */
  start_time?: string;
  /** 任务结束时间，格式：当前时间毫秒数 */
  end_time?: string;
  /** 发起者用户数字ID */
  sender_uid?: Int64;
  /** 发起者用户昵称 */
  sender_nick?: string;
  /** 提醒标志位： 0表示不需要提醒，1表示需要状态变更提醒 */
  reminder_flag?: Int64;
  /** 任务完成标识： 0表示只要有一个人完成任务即可，1表示所有人需要各自都完成任务 */
  finish_strategy?: Int64;
  /** 任务元备注 */
  memo?: string;
  /** 优先级，0低，1中，2高 */
  priority?: Int64;
  /** 与此任务元相关的任务数 */
  task_count?: Int64;
  /** 轻任务附件信息，userId_timestamp_随机字符串，例如：23434_1234458623_seresfto */
  attachments?: string;
}

const REQUEST_SCHEMA = {
  meta: 'String',
  tasks: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    id: 'Number',
    title: 'String',
    content: 'String',
    biz_sys_id: 'Number',
    biz_sys_task_type: 'Number',
    start_time: 'Date',
    end_time: 'Date',
    sender_uid: 'Number',
    sender_nick: 'String',
    reminder_flag: 'Number',
    finish_strategy: 'Number',
    memo: 'String',
    priority: 'Number',
    task_count: 'Number',
    attachments: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qianniu.task.create`: method, response root, request and response schemas. */
export const taobaoQianniuTaskCreateOperation = {
  method: 'taobao.qianniu.task.create',
  responseRoot: 'qianniu_task_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建轻任务 — calls TOP method `taobao.qianniu.task.create`.
 *
 * 发起一个轻任务，分配给多个执行者，并发送消息提醒，由任务发起者调用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQianniuTaskCreate(
  client: TopClient,
  request: TaobaoQianniuTaskCreateRequest,
  options?: CallOptions,
): Promise<TaobaoQianniuTaskCreateResponse> {
  return client.call<TaobaoQianniuTaskCreateResponse>(
    {
      method: 'taobao.qianniu.task.create',
      responseRoot: 'qianniu_task_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
