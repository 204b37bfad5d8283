// Generated from specs/alihealthcrm/alibaba.fmhealth.weight.lossplan.synclossplan.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.fmhealth.weight.lossplan.synclossplan` (减重计划--同步减重计划). */
export interface AlibabaFmhealthWeightLossplanSynclossplanRequest {
  /** 用户id */
  tp_user_id: Int64Input;
  /** 性别0女 1男 */
  gender: Int64Input;
  /** 生日 */
  birthday: string;
  /** 身高170 即一米七 */
  height: Int64Input;
  /** 当前体重（今天的体重），单位kg */
  weight: string;
  /** 0创建减肥计划调用；1修改调用； */
  type: Int64Input;
  /** 减重类型0保持 1减肥 */
  loss_level: Int64Input;
  /** 目标体重 */
  weight_goal?: string;
  /** 每周减重 */
  loss_per_week?: string;
  /** 完成时间 */
  finish_date?: string;
  /** 体年龄 */
  body_age: Int64Input;
  /** 每日可以摄入的标准总量 */
  total_calorie: Int64Input;
  /** 减重计划开始时间 */
  begin_date: string;
}

/** Response of `alibaba.fmhealth.weight.lossplan.synclossplan`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFmhealthWeightLossplanSynclossplanResponse {
  /** result */
  result?: AlibabaFmhealthWeightLossplanSynclossplanTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.fmhealth.weight.lossplan.synclossplan`. */
export interface AlibabaFmhealthWeightLossplanSynclossplanTopResultModel {
  /** 返回码 */
  msg_code?: string;
  /** 返回信息 */
  msg_info?: string;
}

const REQUEST_SCHEMA = {
  tp_user_id: 'Number',
  gender: 'Number',
  birthday: 'String',
  height: 'Number',
  weight: 'String',
  type: 'Number',
  loss_level: 'Number',
  weight_goal: 'String',
  loss_per_week: 'String',
  finish_date: 'String',
  body_age: 'Number',
  total_calorie: 'Number',
  begin_date: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.fmhealth.weight.lossplan.synclossplan`: method, response root, request and response schemas. */
export const alibabaFmhealthWeightLossplanSynclossplanOperation = {
  method: 'alibaba.fmhealth.weight.lossplan.synclossplan',
  responseRoot: 'alibaba_fmhealth_weight_lossplan_synclossplan_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 减重计划--同步减重计划 — calls TOP method `alibaba.fmhealth.weight.lossplan.synclossplan`.
 *
 * 减重计划--三方同步用户初始化减重计划给我们
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFmhealthWeightLossplanSynclossplan(
  client: TopClient,
  request: AlibabaFmhealthWeightLossplanSynclossplanRequest,
  options?: CallOptions,
): Promise<AlibabaFmhealthWeightLossplanSynclossplanResponse> {
  return client.call<AlibabaFmhealthWeightLossplanSynclossplanResponse>(
    {
      method: 'alibaba.fmhealth.weight.lossplan.synclossplan',
      responseRoot: 'alibaba_fmhealth_weight_lossplan_synclossplan_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
