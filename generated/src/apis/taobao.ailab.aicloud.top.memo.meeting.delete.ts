// Generated from specs/tmallgenie/taobao.ailab.aicloud.top.memo.meeting.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.memo.meeting.delete` (天猫精灵会议删除). */
export interface TaobaoAilabAicloudTopMemoMeetingDeleteRequest {
  /** schema */
  schema: string;
  /** 企业用户ID */
  user_id: string;
  /** 手持设备ID */
  utd_id?: string;
  /** 扩展信息json段，用于存放APP类型，APP版本等等信息。 */
  ext?: string;
  /** 会议ID */
  memo_id: Int64Input;
}

/** Response of `taobao.ailab.aicloud.top.memo.meeting.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopMemoMeetingDeleteResponse {
  /** 服务的结果封装 */
  result?: TaobaoAilabAicloudTopMemoMeetingDeleteResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.ailab.aicloud.top.memo.meeting.delete`. */
export interface TaobaoAilabAicloudTopMemoMeetingDeleteResult {
  /** 附加信息，典型应用场景是对失败调用进行简述，方便调用方定位问题 */
  message?: string;
  /** 调用返回码 */
  status_code?: Int64;
  /** 服务的实际返回结果 */
  meeting?: TaobaoAilabAicloudTopMemoMeetingDeleteMeeting;
}

/** `Meeting` of `taobao.ailab.aicloud.top.memo.meeting.delete`. */
export interface TaobaoAilabAicloudTopMemoMeetingDeleteMeeting {
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** memo_ID */
  memo_id?: Int64;
  /** uuid */
  uuid?: string;
  /** memo状态 */
  status?: string;
  /** 会议预计开始时间 */
  expected_start_time?: string;
  /** 会议预计结束时间 */
  expected_end_time?: string;
  /** 期望提醒时间 */
  expected_remind_time?: string;
  /** 会议地点 */
  location?: string;
  /** 会议组织者 */
  organizer?: string;
  /** 会议内容 */
  content?: string;
  /** 会议主题 */
  topic?: string;
  /** 铃声Url */
  music_url?: string;
  /** 会议必选参与人员 */
  required_participants?: string[];
  /** 会议可选参与人员 */
  optional_participants?: string[];
  /** 提醒方式，如APP，音箱等，如果有多个，用逗号分隔 */
  alert_ways?: string[];
  /** 调度信息 */
  schedule_info?: TaobaoAilabAicloudTopMemoMeetingDeleteScheduleInfo;
}

/** `ScheduleInfo` of `taobao.ailab.aicloud.top.memo.meeting.delete`. */
export interface TaobaoAilabAicloudTopMemoMeetingDeleteScheduleInfo {
  /** DayOfWeek/DayOfMonth */
  day_of_xs?: Int64[];
  /** 调度频率 */
  frequency?: string;
  /** 调度周期 */
  repeat?: string;
  /** 调度结束时间 */
  end_date?: string;
  /** 调度间隔 */
  interval?: Int64;
  /** 调度时间点 */
  time?: string;
  /** 调度开始时间 */
  start_date?: string;
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
    meeting: {
      gmt_create: 'Date',
      gmt_modified: 'Date',
      memo_id: 'Number',
      uuid: 'String',
      status: 'String',
      expected_start_time: 'Date',
      expected_end_time: 'Date',
      expected_remind_time: 'Date',
      location: 'String',
      organizer: 'String',
      content: 'String',
      topic: 'String',
      music_url: 'String',
      required_participants: ['String'],
      optional_participants: ['String'],
      alert_ways: ['String'],
      schedule_info: {
        day_of_xs: ['Number'],
        frequency: 'String',
        repeat: 'String',
        end_date: 'Date',
        interval: 'Number',
        time: 'Date',
        start_date: 'Date',
      },
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.memo.meeting.delete`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopMemoMeetingDeleteOperation = {
  method: 'taobao.ailab.aicloud.top.memo.meeting.delete',
  responseRoot: 'ailab_aicloud_top_memo_meeting_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵会议删除 — calls TOP method `taobao.ailab.aicloud.top.memo.meeting.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopMemoMeetingDelete(
  client: TopClient,
  request: TaobaoAilabAicloudTopMemoMeetingDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopMemoMeetingDeleteResponse> {
  return client.call<TaobaoAilabAicloudTopMemoMeetingDeleteResponse>(
    {
      method: 'taobao.ailab.aicloud.top.memo.meeting.delete',
      responseRoot: 'ailab_aicloud_top_memo_meeting_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
