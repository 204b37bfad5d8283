// Generated from specs/tmallgenie/taobao.ailab.aicloud.top.memo.meeting.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.memo.meeting.list` (天猫精灵会议查询). */
export interface TaobaoAilabAicloudTopMemoMeetingListRequest {
  /** schema */
  schema: string;
  /** 企业用户ID */
  user_id: string;
  /** 手持设备ID */
  utd_id?: string;
  /** 扩展信息json段，用于存放APP类型，APP版本等等信息。 */
  ext?: string;
  /** 闹钟ID */
  memo_id?: Int64Input;
}

/** Response of `taobao.ailab.aicloud.top.memo.meeting.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopMemoMeetingListResponse {
  /** 服务的结果封装 */
  result?: TaobaoAilabAicloudTopMemoMeetingListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.ailab.aicloud.top.memo.meeting.list`. */
export interface TaobaoAilabAicloudTopMemoMeetingListResult {
  /** 附加信息，典型应用场景是对失败调用进行简述，方便调用方定位问题 */
  message?: string;
  /** 调用返回码 */
  status_code?: Int64;
  /** 服务的实际返回结果 */
  meetings?: TaobaoAilabAicloudTopMemoMeetingListMeeting[];
}

/** `Meeting` of `taobao.ailab.aicloud.top.memo.meeting.list`. */
export interface TaobaoAilabAicloudTopMemoMeetingListMeeting {
  /** 调度信息 */
  schedule_info?: TaobaoAilabAicloudTopMemoMeetingListScheduleInfo;
  /** 提醒方式，如APP，音箱等，如果有多个，用逗号分隔 */
  alert_ways?: string[];
  /** 会议可选参与人员 */
  optional_participants?: string[];
  /** 会议必选参与人员 */
  required_participants?: string[];
  /** 铃声Url */
  music_url?: string;
  /** 会议主题 */
  topic?: string;
  /** 会议内容 */
  content?: string;
  /** 会议组织者 */
  organizer?: string;
  /** 会议地点 */
  location?: string;
  /** 期望提醒时间 */
  expected_remind_time?: string;
  /** 会议预计结束时间 */
  expected_end_time?: string;
  /** 会议预计开始时间 */
  expected_start_time?: string;
  /** memo状态 */
  status?: string;
  /** uuid */
  uuid?: string;
  /** memo_ID */
  memo_id?: Int64;
  /** 修改时间 */
  gmt_modified?: string;
  /** 创建时间 */
  gmt_create?: string;
}

/** `ScheduleInfo` of `taobao.ailab.aicloud.top.memo.meeting.list`. */
export interface TaobaoAilabAicloudTopMemoMeetingListScheduleInfo {
  /** DayOfWeek/DayOfMonth */
  day_of_xs?: Int64[];
  /** 调度间隔 */
  interval?: Int64;
  /** 调度结束时间 */
  end_date?: string;
  /** 调度开始时间 */
  start_date?: string;
  /** 调度时间点 */
  time?: string;
  /** 调度频率 */
  frequency?: string;
  /** 调度周期 */
  repeat?: string;
}

const REQUEST_SCHEMA = {
  schema: 'String',
  user_id: 'String',
  utd_id: 'String',
  ext: 'String',
  memo_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    status_code: 'Number',
    meetings: [
      {
        schedule_info: {
          day_of_xs: ['Number'],
          interval: 'Number',
          end_date: 'Date',
          start_date: 'Date',
          time: 'Date',
          frequency: 'String',
          repeat: 'String',
        },
        alert_ways: ['String'],
        optional_participants: ['String'],
        required_participants: ['String'],
        music_url: 'String',
        topic: 'String',
        content: 'String',
        organizer: 'String',
        location: 'String',
        expected_remind_time: 'Date',
        expected_end_time: 'Date',
        expected_start_time: 'Date',
        status: 'String',
        uuid: 'String',
        memo_id: 'Number',
        gmt_modified: 'Date',
        gmt_create: 'Date',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.memo.meeting.list`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopMemoMeetingListOperation = {
  method: 'taobao.ailab.aicloud.top.memo.meeting.list',
  responseRoot: 'ailab_aicloud_top_memo_meeting_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵会议查询 — calls TOP method `taobao.ailab.aicloud.top.memo.meeting.list`.
 *
 * 查询天猫精灵用户设置的所有会议
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopMemoMeetingList(
  client: TopClient,
  request: TaobaoAilabAicloudTopMemoMeetingListRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopMemoMeetingListResponse> {
  return client.call<TaobaoAilabAicloudTopMemoMeetingListResponse>(
    {
      method: 'taobao.ailab.aicloud.top.memo.meeting.list',
      responseRoot: 'ailab_aicloud_top_memo_meeting_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
