// Generated from specs/qianniu/taobao.qianniu.taskmetas.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qianniu.taskmetas.get` (任务元查询接口). */
export interface TaobaoQianniuTaskmetasGetRequest {
  /** 发起任务人的uid */
  sender_uid?: Int64Input;
  /** 逗号分隔的字段列表.如id,title,content,sender_uid,sender_nick,finish_strategy,biz_sys_Id,biz_sys_task_type,start_time,end_time,reminder_flag,priority */
  fields: string;
  /** 分页数，最大100 */
  page_size?: Int64Input;
  /** 当前页码 */
  current_page?: Int64Input;
  /** 排序字段。gmt_create,priority等 */
  order_by?: string;
  /** 升降序。asc为升，desc为降 */
  order_type?: string;
  /** 0为未完成。2为完成。4为取消。不填为所有 */
  status?: Int64Input;
  /** 任务类型 */
  biz_type?: string;
  /** 按关键字搜索 */
  key_word?: string;
  /** 客户端的版本信息 */
  client_info?: string;
  /** 接收人uid */
  receiver_uid?: Int64Input;
  /** 任务元ID，多个以逗号分离 */
  meta_ids?: string;
}

/** Response of `taobao.qianniu.taskmetas.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQianniuTaskmetasGetResponse {
  /** taskmetas */
  taskmetas?: TaobaoQianniuTaskmetasGetQTaskMetadata[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QTaskMetadata` of `taobao.qianniu.taskmetas.get`. */
export interface TaobaoQianniuTaskmetasGetQTaskMetadata {
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
  /** 我的安排的任务上的提醒时间 */
  biz_remind_time?: string;
  /** 是biz_remind_time的数字格式 */
  biz_remind_time_long?: Int64;
  /** 任务完成标识： 0表示只要有一个人完成任务即可，1表示所有人需要各自都完成任务 */
  finish_strategy?: Int64;
  /** 任务元备注 */
  memo?: string;
  /** 优先级，0低，1中，2高 */
  priority?: Int64;
  /** 与此任务元相关的任务数 */
  task_count?: Int64;
  /** 完成的任务数。如果完成策略是只需要1个人完成的，则只要一个人完成就会返回总任务条数。如果是所有人都要完成的，则会返回实际完成条数。 */
  finish_count?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 任务更新时间 */
  gmt_modified?: string;
  /** start_time的数字格式 */
  start_time_long?: Int64;
  /** end_time的数字格式 */
  end_time_long?: Int64;
  /** gmt_create的数字格式 */
  gmt_create_long?: Int64;
  /** gmt_modified的数字格式 */
  gmt_modified_long?: Int64;
  /** 同次操作的任务元数 */
  total_count?: Int64;
  /** 接收的任务类型，所有相关的任务的类型一致时有效。当任务类型不一致时为diff */
  biz_type?: string;
  /** 0为未完成，2为完成，4为取消 */
  status?: Int64;
  /** biztype的中文名 */
  biz_type_str?: string;
  /** 当前任务的评论数 */
  comment_count?: Int64;
  /** 点击动作的协议 */
  action?: string;
  /** 轻任务附件信息，userId_timestamp_随机字符串，例如：23434_1234458623_seresfto */
  attachments?: string;
  /** 语音备注的文件名 */
  voice_file?: string;
  /** 任务接收人的列表 */
  receiver?: string;
}

const REQUEST_SCHEMA = {
  sender_uid: 'Number',
  fields: 'String',
  page_size: 'Number',
  current_page: 'Number',
  order_by: 'String',
  order_type: 'String',
  status: 'Number',
  biz_type: 'String',
  key_word: 'String',
  client_info: 'String',
  receiver_uid: 'Number',
  meta_ids: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  taskmetas: [
    {
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
      biz_remind_time: 'Date',
      biz_remind_time_long: 'Number',
      finish_strategy: 'Number',
      memo: 'String',
      priority: 'Number',
      task_count: 'Number',
      finish_count: 'Number',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      start_time_long: 'Number',
      end_time_long: 'Number',
      gmt_create_long: 'Number',
      gmt_modified_long: 'Number',
      total_count: 'Number',
      biz_type: 'String',
      status: 'Number',
      biz_type_str: 'String',
      comment_count: 'Number',
      action: 'String',
      attachments: 'String',
      voice_file: 'String',
      receiver: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.qianniu.taskmetas.get`: method, response root, request and response schemas. */
export const taobaoQianniuTaskmetasGetOperation = {
  method: 'taobao.qianniu.taskmetas.get',
  responseRoot: 'qianniu_taskmetas_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 任务元查询接口 — calls TOP method `taobao.qianniu.taskmetas.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQianniuTaskmetasGet(
  client: TopClient,
  request: TaobaoQianniuTaskmetasGetRequest,
  options?: CallOptions,
): Promise<TaobaoQianniuTaskmetasGetResponse> {
  return client.call<TaobaoQianniuTaskmetasGetResponse>(
    {
      method: 'taobao.qianniu.taskmetas.get',
      responseRoot: 'qianniu_taskmetas_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
