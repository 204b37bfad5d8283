// Generated from specs/jym/alibaba.jym.industry.taskswitch.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.industry.taskswitch.save` (行业信息系统开关). */
export interface AlibabaJymIndustryTaskswitchSaveRequest {
  /** 开关参数 */
  task_switch_req_dto: AlibabaJymIndustryTaskswitchSaveTaskSwitchReqDTOInput;
}

/** Response of `alibaba.jym.industry.taskswitch.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymIndustryTaskswitchSaveResponse {
  /** true - 成功，false - 失败 */
  result?: boolean;
  /** 子集错误码，提供与业务细节使用 */
  sub_code_type?: string;
  /** 接口调用结果: true/false */
  is_success?: boolean;
  /** 子集错误描述，提供与业务细节使用 */
  sub_extra_err_msg?: string;
  /** 错误码枚举 */
  state_code?: string;
  /** 错误详细描述 */
  extra_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TaskSwitchReqDTO` of `alibaba.jym.industry.taskswitch.save`. */
export interface AlibabaJymIndustryTaskswitchSaveTaskSwitchReqDTOInput {
  /** 游戏ID，0代表所有游戏 */
  game_id?: string;
  /** 原因 */
  reason?: string;
  /** 区服 */
  game_server?: string;
  /** 任务类型，0-所有，1-验号，2-发布 */
  task_type?: Int64Input;
  /** 客户端ID, 0代表所有客户端 */
  client_id?: string;
  /** 开始时间，格式yyyy-MM-dd HH:mm:ss */
  begin_time?: string;
  /** 结束时间，格式yyyy-MM-dd HH:mm:ss */
  end_time?: string;
  /** 操作系统，0-所有，1-安卓，2-IOS */
  operation_system?: Int64Input;
  /** 规则状态，1-生效，2-失效 */
  rule_status?: Int64Input;
}

const REQUEST_SCHEMA = {
  task_switch_req_dto: {
    game_id: 'String',
    reason: 'String',
    game_server: 'String',
    task_type: 'Number',
    client_id: 'String',
    begin_time: 'String',
    end_time: 'String',
    operation_system: 'Number',
    rule_status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  sub_code_type: 'String',
  is_success: 'Boolean',
  sub_extra_err_msg: 'String',
  state_code: 'String',
  extra_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jym.industry.taskswitch.save`: method, response root, request and response schemas. */
export const alibabaJymIndustryTaskswitchSaveOperation = {
  method: 'alibaba.jym.industry.taskswitch.save',
  responseRoot: 'alibaba_jym_industry_taskswitch_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 行业信息系统开关 — calls TOP method `alibaba.jym.industry.taskswitch.save`.
 *
 * VMOS回调交易猫行业信息系统
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymIndustryTaskswitchSave(
  client: TopClient,
  request: AlibabaJymIndustryTaskswitchSaveRequest,
  options?: CallOptions,
): Promise<AlibabaJymIndustryTaskswitchSaveResponse> {
  return client.call<AlibabaJymIndustryTaskswitchSaveResponse>(
    {
      method: 'alibaba.jym.industry.taskswitch.save',
      responseRoot: 'alibaba_jym_industry_taskswitch_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
