// Generated from specs/qianniu/taobao.qianniu.tasks.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qianniu.tasks.get` (获取指定的任务). */
export interface TaobaoQianniuTasksGetRequest {
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
  /** 是否需要meta信息，默认值为false */
  need_meta?: boolean;
  /** 逗号分隔的字段列表，各个字段含义： id：任务ID receiver_uid：执行者用户数字ID receiver_nick：执行者用户昵称 status：任务状态：0-未执行，1-执行中，2-执行完成，3-超时，4-取消，5-忽略 sub_status：子任务状态，由业务方自定义 finish_strategy：任务完成策略：1-一个人完成，2-所有人完成 gmt_finished：任务完成时间，格式：时间毫秒数 biz_type：业务类型 sub_biz_type：子业务类型 biz_id：业务ID biz_param：业务参数 biz_entry：业务入口 tag：任务标签 memo：任务备注 */
  fields: string;
  /** 每页条数 */
  page_size?: Int64Input;
  /** 当前页数，从1开始 */
  current_page?: Int64Input;
  /** 排序字段，可以为id,gmt_create,gmt_finished,metadata_id等 */
  order_by?: string;
  /** asc为升，desc为降 */
  order_type?: string;
  /** 0-不需要提醒，未设提醒时间 1-设置过提醒时间，需要提醒 */
  remind_flag?: Int64Input;
  /** 业务相关的对象，当前主要表示买家nick */
  biz_nick?: string;
  /** 根据任务创建时间搜索的开始日期（含），不填则不限。例如只查询2014-01-01当天的任务，则将start_date和end_date都设置成2014-01-01 */
  start_date?: string;
  /** 根据任务创建时间搜索的结束日期（含），不填则不限。例如只查询2014-01-01当天的任务，则将start_date和end_date都设置成2014-01-01 */
  end_date?: string;
  /** 根据任务修改时间搜索的开始时间（含），不填则不限。例如查询“2014-01-01 00:00:10”之后有修改的任务，则将modify_start_time_str设置成“2014-01-01 00:00:10” */
  modify_start_time_str?: string;
  /** 根据任务修改时间搜索的结束时间（含），不填则不限。例如查询“2014-01-01 00:00:10”之前有修改的任务，则将modify_end_time_str设置成“2014-01-01 00:00:10” */
  modify_end_time_str?: string;
  /** 优先级。即创建时的metadata中的优先级。0为低，1为中，2为高。 */
  priority?: Int64Input;
  /** 需要排除的任务类型 */
  exclude_biz_type?: string;
  /** 关键词搜索。只对任务内容进行模糊匹配，以及bizid和biznick进行精准匹配 */
  key_word?: string;
  /** 客户端的版本信息 */
  client_info?: string;
  /** 是否需要删除的任务，默认为false */
  need_deleted?: boolean;
}

/** Response of `taobao.qianniu.tasks.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQianniuTasksGetResponse {
  /** 返回的任务列表 */
  tasks?: TaobaoQianniuTasksGetQTask[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QTask` of `taobao.qianniu.tasks.get`. */
export interface TaobaoQianniuTasksGetQTask {
  /** 任务ID */
  id?: Int64;
  /** 执行者用户数字ID */
  receiver_uid?: Int64;
  /** 执行者用户昵称 */
  receiver_nick?: string;
  /** 发起人uid */
  sender_uid?: Int64;
  /** 发起人nick */
  sender_nick?: string;
  /** 表示是否为本条记录接收人实际完成 */
  finish_flag?: Int64;
  /** 任务状态：0-未执行，1-执行中，2-执行完成，3-超时，4-取消，6-已转发 */
  status?: Int64;
  /** 子任务状态，由业务方自定义 */
  sub_status?: Int64;
  /** 任务完成标识, 0-一个人完成整个任务, 1-所有人完成整个任务完成，冗余任务元数据字段 */
  finish_strategy?: Int64;
  /** 任务创建时间 */
  gmt_create?: string;
  /** 任务更新时间 */
  gmt_modified?: string;
  /** 任务完成时间，格式：当前时间毫秒数 */
  gmt_finished?: string;
  /** gmt_create的数字格式 */
  gmt_create_long?: Int64;
  /** gmt_modified的数字格式 */
  gmt_modified_long?: Int64;
  /** gmt_finished的数字格式 */
  gmt_finished_long?: Int64;
  /** 业务类型 */
  biz_type?: string;
  /** 子业务类型 */
  sub_biz_type?: string;
  /** 业务ID */
  biz_id?: string;
  /** 业务参数 */
  biz_param?: string;
  /** 业务入口 */
  biz_entry?: string;
  /** 任务标签 */
  tag?: string;
  /** 任务备注 */
  memo?: string;
  /** 到期提醒的方式。0-不提醒 1-pc和移动提醒 2-仅pc提醒 3-仅移动提醒。在查询类接口中，只需要传2或3即可，为1的数据都会包含在其中。 */
  remind_flag?: Int64;
  /** 提醒时间 */
  remind_time?: string;
  /** remind_time的数字格式 */
  remind_time_long?: Int64;
  /** 与业务相关的对象。当前主要用于保存买家nick */
  biz_nick?: string;
  /** 同次操作相关的任务数 */
  total_count?: Int64;
  /** 优先级，同任务元中的priority值，方便查询使用。 */
  priority?: Int64;
  /** 任务元id */
  metadata_id?: Int64;
  /** biz_type的类型中文名 */
  biz_type_str?: string;
  /** 当前任务的评论数 */
  comment_count?: Int64;
  /** json格式的字符串，包含跳转协议 */
  action?: string;
  /** 点击业务号时的动作 */
  biz_id_action?: string;
  /** 业务号的展示名称 */
  biz_id_name?: string;
  /** 任务&ldquo;已读&rdquo;、&ldquo;未读&rdquo;状态，0：已读，1：未读 */
  read_status?: Int64;
  /** 关联的任务元数据 */
  meta?: TaobaoQianniuTasksGetQTaskMetadata;
  /** 是否删除 */
  is_deleted?: Int64;
  /** 新任务的内容 */
  content?: string;
  /** 附件的文件名 */
  attachments?: string;
  /** 语音附件的文件名 */
  voice_file?: string;
  /** 父任务的id */
  parent_task_id?: Int64;
  /** newYunpanAttachments */
  new_yunpan_attachments?: string;
  /** 买家uid密文 */
  open_buyer_uid?: string;
}

/** `QTaskMetadata` of `taobao.qianniu.tasks.get`. */
export interface TaobaoQianniuTasksGetQTaskMetadata {
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
  /** biztype的中文名 */
  biz_type_str?: string;
  /** 当前任务的评论数 */
  comment_count?: Int64;
  /** 轻任务附件信息，userId_timestamp_随机字符串，例如：23434_1234458623_seresfto */
  attachments?: string;
  /** 0为未完成，2为完成，4为取消 */
  status?: Int64;
  /** 语音备注的文件名 */
  voice_file?: string;
  /** 任务接收者 */
  receiver?: string;
  /** newYunpanAttachments */
  new_yunpan_attachments?: string;
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
  need_meta: 'Boolean',
  fields: 'String',
  page_size: 'Number',
  current_page: 'Number',
  order_by: 'String',
  order_type: 'String',
  remind_flag: 'Number',
  biz_nick: 'String',
  start_date: 'String',
  end_date: 'String',
  modify_start_time_str: 'String',
  modify_end_time_str: 'String',
  priority: 'Number',
  exclude_biz_type: 'String',
  key_word: 'String',
  client_info: 'String',
  need_deleted: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tasks: [
    {
      id: 'Number',
      receiver_uid: 'Number',
      receiver_nick: 'String',
      sender_uid: 'Number',
      sender_nick: 'String',
      finish_flag: 'Number',
      status: 'Number',
      sub_status: 'Number',
      finish_strategy: 'Number',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      gmt_finished: 'Date',
      gmt_create_long: 'Number',
      gmt_modified_long: 'Number',
      gmt_finished_long: 'Number',
      biz_type: 'String',
      sub_biz_type: 'String',
      biz_id: 'String',
      biz_param: 'String',
      biz_entry: 'String',
      tag: 'String',
      memo: 'String',
      remind_flag: 'Number',
      remind_time: 'Date',
      remind_time_long: 'Number',
      biz_nick: 'String',
      total_count: 'Number',
      priority: 'Number',
      metadata_id: 'Number',
      biz_type_str: 'String',
      comment_count: 'Number',
      action: 'String',
      biz_id_action: 'String',
      biz_id_name: 'String',
      read_status: 'Number',
      meta: {
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
        gmt_create: 'Date',
        gmt_modified: 'Date',
        start_time_long: 'Number',
        end_time_long: 'Number',
        gmt_create_long: 'Number',
        gmt_modified_long: 'Number',
        total_count: 'Number',
        biz_type_str: 'String',
        comment_count: 'Number',
        attachments: 'String',
        status: 'Number',
        voice_file: 'String',
        receiver: 'String',
        new_yunpan_attachments: 'String',
      },
      is_deleted: 'Number',
      content: 'String',
      attachments: 'String',
      voice_file: 'String',
      parent_task_id: 'Number',
      new_yunpan_attachments: 'String',
      open_buyer_uid: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.qianniu.tasks.get`: method, response root, request and response schemas. */
export const taobaoQianniuTasksGetOperation = {
  method: 'taobao.qianniu.tasks.get',
  responseRoot: 'qianniu_tasks_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取指定的任务 — calls TOP method `taobao.qianniu.tasks.get`.
 *
 * 获取指定的任务，可用的参数组合：
 * task_ids + need_meta + fields：精确查找
 * biz_type + sub_biz_type + biz_ids + need_meta + fields：按照业务ID查找
 * biz_type + sub_biz_type + sender_uid + need_meta + fields：按照发起者查找
 * biz_type + sub_biz_type + receiver_uid + need_meta + fields：按照执行者查找
 * biz_type+modify_start_time+modify_end_time+fields:能支持指定修改时间的查询，用于增量查询等
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQianniuTasksGet(
  client: TopClient,
  request: TaobaoQianniuTasksGetRequest,
  options?: CallOptions,
): Promise<TaobaoQianniuTasksGetResponse> {
  return client.call<TaobaoQianniuTasksGetResponse>(
    {
      method: 'taobao.qianniu.tasks.get',
      responseRoot: 'qianniu_tasks_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
