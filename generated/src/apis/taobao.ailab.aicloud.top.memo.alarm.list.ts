// Generated from specs/tmallgenie/taobao.ailab.aicloud.top.memo.alarm.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.memo.alarm.list` (天猫精灵闹钟查询). */
export interface TaobaoAilabAicloudTopMemoAlarmListRequest {
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

/** Response of `taobao.ailab.aicloud.top.memo.alarm.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopMemoAlarmListResponse {
  /** 服务的结果封装 */
  result?: TaobaoAilabAicloudTopMemoAlarmListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.ailab.aicloud.top.memo.alarm.list`. */
export interface TaobaoAilabAicloudTopMemoAlarmListResult {
  /** 附加信息，典型应用场景是对失败调用进行简述，方便调用方定位问题 */
  message?: string;
  /** 调用返回码 */
  status_code?: Int64;
  /** 服务的实际返回结果 */
  alarms?: TaobaoAilabAicloudTopMemoAlarmListAlarm[];
}

/** `Alarm` of `taobao.ailab.aicloud.top.memo.alarm.list`. */
export interface TaobaoAilabAicloudTopMemoAlarmListAlarm {
  /** 闹钟音乐，第一次响起来的音乐 */
  alarm_music?: TaobaoAilabAicloudTopMemoAlarmListAlarmMusic;
  /** memo状态 */
  status?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** memo_ID */
  memo_id?: Int64;
  /** uuid */
  uuid?: string;
  /** musicPre */
  music_pre?: string;
  /** 铃声Url */
  music_url?: string;
  /** 闹铃主题 */
  topic?: string;
  /** 闹铃声音类型 */
  ring_type?: string;
  /** 提醒方式，如APP，音箱等，如果有多个，用逗号分隔 */
  alert_ways?: string[];
  /** 闹钟音乐列表 */
  alarm_musics?: TaobaoAilabAicloudTopMemoAlarmListAlarmMusic2[];
  /** 调度信息 */
  schedule_info?: TaobaoAilabAicloudTopMemoAlarmListScheduleInfo;
}

/** `AlarmMusic` of `taobao.ailab.aicloud.top.memo.alarm.list`. */
export interface TaobaoAilabAicloudTopMemoAlarmListAlarmMusic {
  /** 铃声来源，默认为虾米 */
  source?: string;
  /** 铃声url */
  url?: string;
  /** 铃声名字 */
  name?: string;
  /** 铃声id */
  id?: string;
  /** 铃声类型 */
  category?: string;
}

/** `AlarmMusic` of `taobao.ailab.aicloud.top.memo.alarm.list`. */
export interface TaobaoAilabAicloudTopMemoAlarmListAlarmMusic2 {
  /** 铃声类型 */
  category?: string;
  /** 铃声id */
  id?: string;
  /** 铃声名字 */
  name?: string;
  /** 铃声url */
  url?: string;
  /** 铃声来源，默认为虾米 */
  source?: string;
}

/** `ScheduleInfo` of `taobao.ailab.aicloud.top.memo.alarm.list`. */
export interface TaobaoAilabAicloudTopMemoAlarmListScheduleInfo {
  /** 调度周期 */
  repeat?: string;
  /** 调度频率 */
  frequency?: string;
  /** 调度时间点 */
  time?: string;
  /** 调度开始时间 */
  start_date?: string;
  /** 调度结束时间 */
  end_date?: string;
  /** 调度间隔 */
  interval?: Int64;
  /** DayOfWeek/DayOfMonth */
  day_of_xs?: Int64[];
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
    alarms: [
      {
        alarm_music: {
          source: 'String',
          url: 'String',
          name: 'String',
          id: 'String',
          category: 'String',
        },
        status: 'String',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        memo_id: 'Number',
        uuid: 'String',
        music_pre: 'String',
        music_url: 'String',
        topic: 'String',
        ring_type: 'String',
        alert_ways: ['String'],
        alarm_musics: [
          {
            category: 'String',
            id: 'String',
            name: 'String',
            url: 'String',
            source: 'String',
          },
        ],
        schedule_info: {
          repeat: 'String',
          frequency: 'String',
          time: 'Date',
          start_date: 'Date',
          end_date: 'Date',
          interval: 'Number',
          day_of_xs: ['Number'],
        },
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.memo.alarm.list`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopMemoAlarmListOperation = {
  method: 'taobao.ailab.aicloud.top.memo.alarm.list',
  responseRoot: 'ailab_aicloud_top_memo_alarm_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵闹钟查询 — calls TOP method `taobao.ailab.aicloud.top.memo.alarm.list`.
 *
 * 查询天猫精灵用户设置的所有闹钟
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopMemoAlarmList(
  client: TopClient,
  request: TaobaoAilabAicloudTopMemoAlarmListRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopMemoAlarmListResponse> {
  return client.call<TaobaoAilabAicloudTopMemoAlarmListResponse>(
    {
      method: 'taobao.ailab.aicloud.top.memo.alarm.list',
      responseRoot: 'ailab_aicloud_top_memo_alarm_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
