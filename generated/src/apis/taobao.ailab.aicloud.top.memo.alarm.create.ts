// Generated from specs/tmallgenie/taobao.ailab.aicloud.top.memo.alarm.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.memo.alarm.create` (天猫精灵闹钟创建). */
export interface TaobaoAilabAicloudTopMemoAlarmCreateRequest {
  /** 扩展信息json段，用于存放APP类型，APP版本等等信息。 */
  ext?: string;
  /** schema */
  schema: string;
  /** 企业用户ID */
  user_id: string;
  /** 手持设备ID */
  utd_id?: string;
  /** 创建闹钟入参 */
  param_create_alarm_param: TaobaoAilabAicloudTopMemoAlarmCreateCreateAlarmParamInput;
}

/** Response of `taobao.ailab.aicloud.top.memo.alarm.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopMemoAlarmCreateResponse {
  /** 状态描述 */
  message?: string;
  /** 闹钟ID */
  result?: Int64;
  /** 状态码 */
  status_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreateAlarmParam` of `taobao.ailab.aicloud.top.memo.alarm.create`. */
export interface TaobaoAilabAicloudTopMemoAlarmCreateCreateAlarmParamInput {
  /** 提醒方式 */
  schedule: TaobaoAilabAicloudTopMemoAlarmCreateScheduleDtoInput;
  /** 重复响铃次数 */
  trigger_repeat?: Int64Input;
  /** 铃声音量，取值范围：0-100 */
  volume?: Int64Input;
  /** 设备uuid */
  uuid: string;
}

/** `ScheduleDto` of `taobao.ailab.aicloud.top.memo.alarm.create`. */
export interface TaobaoAilabAicloudTopMemoAlarmCreateScheduleDtoInput {
  /** 一次性 */
  once?: TaobaoAilabAicloudTopMemoAlarmCreateOnceScheduleInput;
  /** 法定工作日 */
  statutory_working_day?: TaobaoAilabAicloudTopMemoAlarmCreateStatutoryWorkingDayScheduleInput;
  /** 调度类型 */
  type: string;
  /** 每周 */
  weekly?: TaobaoAilabAicloudTopMemoAlarmCreateWeeklyScheduleInput;
}

/** `OnceSchedule` of `taobao.ailab.aicloud.top.memo.alarm.create`. */
export interface TaobaoAilabAicloudTopMemoAlarmCreateOnceScheduleInput {
  /** 响起日期和时间（年月日时分秒） */
  datetime?: DateInput;
}

/** `StatutoryWorkingDaySchedule` of `taobao.ailab.aicloud.top.memo.alarm.create`. */
export interface TaobaoAilabAicloudTopMemoAlarmCreateStatutoryWorkingDayScheduleInput {
  /** 响起时间（时分秒） */
  time?: DateInput;
}

/** `WeeklySchedule` of `taobao.ailab.aicloud.top.memo.alarm.create`. */
export interface TaobaoAilabAicloudTopMemoAlarmCreateWeeklyScheduleInput {
  /** 周几循环 */
  days_of_week?: string[];
  /** 响起时间（时分秒） */
  time?: DateInput;
}

const REQUEST_SCHEMA = {
  ext: 'String',
  schema: 'String',
  user_id: 'String',
  utd_id: 'String',
  param_create_alarm_param: {
    schedule: {
      once: {
        datetime: 'Date',
      },
      statutory_working_day: {
        time: 'Date',
      },
      type: 'String',
      weekly: {
        days_of_week: ['String'],
        time: 'Date',
      },
    },
    trigger_repeat: 'Number',
    volume: 'Number',
    uuid: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  result: 'Number',
  status_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.memo.alarm.create`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopMemoAlarmCreateOperation = {
  method: 'taobao.ailab.aicloud.top.memo.alarm.create',
  responseRoot: 'ailab_aicloud_top_memo_alarm_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵闹钟创建 — calls TOP method `taobao.ailab.aicloud.top.memo.alarm.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopMemoAlarmCreate(
  client: TopClient,
  request: TaobaoAilabAicloudTopMemoAlarmCreateRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopMemoAlarmCreateResponse> {
  return client.call<TaobaoAilabAicloudTopMemoAlarmCreateResponse>(
    {
      method: 'taobao.ailab.aicloud.top.memo.alarm.create',
      responseRoot: 'ailab_aicloud_top_memo_alarm_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
