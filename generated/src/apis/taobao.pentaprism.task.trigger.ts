// Generated from specs/pentraprism/taobao.pentaprism.task.trigger.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.pentaprism.task.trigger` (推进单条任务进度). */
export interface TaobaoPentaprismTaskTriggerRequest {
  /** TOP接口标准入参 */
  open_po?: TaobaoPentaprismTaskTriggerOpenTaskPoInput;
}

/** Response of `taobao.pentaprism.task.trigger`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPentaprismTaskTriggerResponse {
  /** TOP接口标准出参 */
  result?: TaobaoPentaprismTaskTriggerTaskResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenTaskPo` of `taobao.pentaprism.task.trigger`. */
export interface TaobaoPentaprismTaskTriggerOpenTaskPoInput {
  /** 应用名称 */
  app_name: string;
  /** 应用版本 */
  app_version: string;
  /** 领奖励位置，默认为null/0 */
  award_index?: Int64Input;
  /** 任务系统后台配置投放ID */
  delivery_id: Int64Input;
  /** 来源详细标识 */
  from_app_name: string;
  /** 分享任务的token，回流的时候传入 */
  from_token?: string;
  /** 是否忽略任务规则 */
  ignore_rules?: boolean;
  /** 幂等ID，业务控制 */
  impl_id: string;
  /** 做任务时间 */
  now: DateInput;
  /** 请求对应任务的token，从五棱镜后台生成 */
  open_token: string;
  /** 操作系统名称 */
  platform: string;
  /** 任务系统后台配置场景ID */
  scene_id: Int64Input;
  /** 用户类别，微博用户写死userType=2 */
  user_type: Int64Input;
}

/** `TaskResult` of `taobao.pentaprism.task.trigger`. */
export interface TaobaoPentaprismTaskTriggerTaskResult {
  /** 错误码 */
  error_code?: string;
  /** 错误详细信息 */
  error_msg?: string;
  /** 任务完成个数 */
  finish_count?: Int64;
  /** 任务数据返回对象 */
  model?: TaobaoPentaprismTaskTriggerOpenTaskInfoVo2;
  /** 做任务时间 */
  now?: string;
  /** 请求是否成功 */
  success?: boolean;
  /** 匹配命中任务数量 */
  total_count?: Int64;
}

/** `OpenTaskInfoVo` of `taobao.pentaprism.task.trigger`. */
export interface TaobaoPentaprismTaskTriggerOpenTaskInfoVo2 {
  /** 任务信息token，用于回流输入 */
  from_token?: string;
  /** 任务分组ID */
  group_id?: Int64;
  /** 任务分组所在位置，用户再次排序 */
  group_index?: Int64;
  /** 投放ID */
  id?: Int64;
  /** 分组内位置 */
  index?: Int64;
  /** 扩展类任务标记，标记是否为当前任务 */
  is_current?: boolean;
  /** 是否今天完成的 */
  is_today?: boolean;
  /** 任务进度对象 */
  progress?: TaobaoPentaprismTaskTriggerTaskProgressVo;
  /** 任务奖励对象 */
  rewards?: TaobaoPentaprismTaskTriggerTaskRewardVo[];
  /** 任务状态 */
  status?: string;
  /** 扩展型任务子列表对象 */
  sub_list?: TaobaoPentaprismTaskTriggerOpenTaskInfoVo[];
  /** 任务子类型 */
  task_sub_type?: string;
  /** 任务类型 */
  task_type?: string;
  /** 做任务时间 */
  time?: string;
}

/** `TaskProgressVo` of `taobao.pentaprism.task.trigger`. */
export interface TaobaoPentaprismTaskTriggerTaskProgressVo {
  /** 任务冷却时间，-1标识无冷却 */
  cd_time?: Int64;
  /** 任务完成时间 */
  finished_time?: string;
  /** 扩展性任务索引 */
  index?: Int64;
  /** 触发多少次任务算完成 */
  loop_times?: Int64;
  /** 任务完成最大上限 */
  max_times?: Int64;
  /** 还需要做多少次任务才能做完 */
  need_times?: Int64;
  /** 任务周期 */
  period?: Int64;
  /** 是否达到任务上限 */
  reach_limit?: boolean;
  /** 任务状态，“INIT”为初始化状态 */
  status?: string;
  /** 任务已经触发的次数 */
  times?: Int64;
}

/** `TaskRewardVo` of `taobao.pentaprism.task.trigger`. */
export interface TaobaoPentaprismTaskTriggerTaskRewardVo {
  /** 查询奖励错误码 */
  error_code?: string;
  /** 奖励详细信息 */
  result?: TaobaoPentaprismTaskTriggerTaskRewardItemVo;
  /** 查询奖励详细错误信息 */
  success?: boolean;
  /** 发奖励时间 */
  time?: Int64;
  /** 发奖励类型 */
  type?: string;
  /** 是否领奖 */
  win?: boolean;
}

/** `TaskRewardItemVo` of `taobao.pentaprism.task.trigger`. */
export interface TaobaoPentaprismTaskTriggerTaskRewardItemVo {
  /** 基础发放量 */
  base_count?: Int64;
  /** 奖励模板ID */
  config_id?: Int64;
  /** 奖励激励值 */
  encourage?: Int64;
  /** 最终奖励发放数量 */
  final_count?: Int64;
  /** 奖励发放图标 */
  icon?: string;
  /** 奖励区间最大值 用于展示 */
  max_count?: Int64;
  /** 奖励区间最小值 用于展示 */
  min_count?: Int64;
  /** 激励模式 用于展示 "NONE"表示无激励 */
  mode?: string;
  /** 库存量 */
  own_count?: Int64;
  /** 总库存格式化带单位 万/亿 */
  own_count_text?: string;
  /** 成就点 */
  point_count?: Int64;
  /** 奖励类型 */
  type?: string;
  /** 单位 用于展示 */
  unit?: string;
}

/** `OpenTaskInfoVo` of `taobao.pentaprism.task.trigger`. */
export interface TaobaoPentaprismTaskTriggerOpenTaskInfoVo {
  /** 任务信息token，用于回流输入 */
  from_token?: string;
  /** 任务分组ID */
  group_id?: Int64;
  /** 任务分组所在位置，用户再次排序 */
  group_index?: Int64;
  /** 投放ID */
  id?: Int64;
  /** 分组内位置 */
  index?: Int64;
  /** 扩展类任务标记，标记是否为当前任务 */
  is_current?: boolean;
  /** 是否今天完成的 */
  is_today?: boolean;
  /** 任务进度对象 */
  progress?: TaobaoPentaprismTaskTriggerTaskProgressVo;
  /** 任务奖励对象 */
  rewards?: TaobaoPentaprismTaskTriggerTaskRewardVo[];
  /** 任务状态 */
  status?: string;
  /** 任务子类型 */
  task_sub_type?: string;
  /** 任务类型 */
  task_type?: string;
  /** 做任务时间 */
  time?: string;
}

const REQUEST_SCHEMA = {
  open_po: {
    app_name: 'String',
    app_version: 'String',
    award_index: 'Number',
    delivery_id: 'Number',
    from_app_name: 'String',
    from_token: 'String',
    ignore_rules: 'Boolean',
    impl_id: 'String',
    now: 'Date',
    open_token: 'String',
    platform: 'String',
    scene_id: 'Number',
    user_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    finish_count: 'Number',
    model: {
      from_token: 'String',
      group_id: 'Number',
      group_index: 'Number',
      id: 'Number',
      index: 'Number',
      is_current: 'Boolean',
      is_today: 'Boolean',
      progress: {
        cd_time: 'Number',
        finished_time: 'Date',
        index: 'Number',
        loop_times: 'Number',
        max_times: 'Number',
        need_times: 'Number',
        period: 'Number',
        reach_limit: 'Boolean',
        status: 'String',
        times: 'Number',
      },
      rewards: [
        {
          error_code: 'String',
          result: {
            base_count: 'Number',
            config_id: 'Number',
            encourage: 'Number',
            final_count: 'Number',
            icon: 'String',
            max_count: 'Number',
            min_count: 'Number',
            mode: 'String',
            own_count: 'Number',
            own_count_text: 'String',
            point_count: 'Number',
            type: 'String',
            unit: 'String',
          },
          success: 'Boolean',
          time: 'Number',
          type: 'String',
          win: 'Boolean',
        },
      ],
      status: 'String',
      sub_list: [
        {
          from_token: 'String',
          group_id: 'Number',
          group_index: 'Number',
          id: 'Number',
          index: 'Number',
          is_current: 'Boolean',
          is_today: 'Boolean',
          progress: {
            cd_time: 'Number',
            finished_time: 'Date',
            index: 'Number',
            loop_times: 'Number',
            max_times: 'Number',
            need_times: 'Number',
            period: 'Number',
            reach_limit: 'Boolean',
            status: 'String',
            times: 'Number',
          },
          rewards: [
            {
              error_code: 'String',
              result: {
                base_count: 'Number',
                config_id: 'Number',
                encourage: 'Number',
                final_count: 'Number',
                icon: 'String',
                max_count: 'Number',
                min_count: 'Number',
                mode: 'String',
                own_count: 'Number',
                own_count_text: 'String',
                point_count: 'Number',
                type: 'String',
                unit: 'String',
              },
              success: 'Boolean',
              time: 'Number',
              type: 'String',
              win: 'Boolean',
            },
          ],
          status: 'String',
          task_sub_type: 'String',
          task_type: 'String',
          time: 'Date',
        },
      ],
      task_sub_type: 'String',
      task_type: 'String',
      time: 'Date',
    },
    now: 'Date',
    success: 'Boolean',
    total_count: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.pentaprism.task.trigger`: method, response root, request and response schemas. */
export const taobaoPentaprismTaskTriggerOperation = {
  method: 'taobao.pentaprism.task.trigger',
  responseRoot: 'pentaprism_task_trigger_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 推进单条任务进度 — calls TOP method `taobao.pentaprism.task.trigger`.
 *
 * 外网用户推进单条五棱镜任务进度
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPentaprismTaskTrigger(
  client: TopClient,
  request: TaobaoPentaprismTaskTriggerRequest = {},
  options?: CallOptions,
): Promise<TaobaoPentaprismTaskTriggerResponse> {
  return client.call<TaobaoPentaprismTaskTriggerResponse>(
    {
      method: 'taobao.pentaprism.task.trigger',
      responseRoot: 'pentaprism_task_trigger_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
