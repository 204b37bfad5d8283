// Generated from specs/promotion/alibaba.latour.strategy.issue.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.latour.strategy.issue` (阿里巴巴权益发放接口). */
export interface AlibabaLatourStrategyIssueRequest {
  /** 扩展参数 */
  extra_data?: string | Record<string, unknown>;
  /** 算法容灾 */
  failover_algorithm_result?: boolean;
  /** 幂等id */
  idempotent_id?: string;
  /** 发放渠道 */
  channel: string;
  /** 除非有特殊申请，默认不允许使用该参数，请通过用户授权token传递用户信息 */
  user_id?: string;
  /** 转换用户类型 */
  transformed_user_type?: string;
  /** 是否需要过安全 */
  need_identify_risk?: boolean;
  /** 除非有特殊申请，默认不允许使用该参数，请通过用户授权token传递用户信息 */
  user_nick?: string;
  /** 投放计划code */
  strategy_code: string;
  /** 用户类型 */
  user_type?: string;
  /** 指定发放权益code */
  selected_benefit_code?: string;
  /** openid */
  openid?: string;
}

/** Response of `alibaba.latour.strategy.issue`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLatourStrategyIssueResponse {
  /** 返回结果 */
  result?: AlibabaLatourStrategyIssueResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.latour.strategy.issue`. */
export interface AlibabaLatourStrategyIssueResult {
  /** 错误码 */
  code?: string;
  /** 返回结果 */
  data?: AlibabaLatourStrategyIssueStrategyIssueResultDto;
  /** 错误描述 */
  msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `StrategyIssueResultDto` of `alibaba.latour.strategy.issue`. */
export interface AlibabaLatourStrategyIssueStrategyIssueResultDto {
  /** 展示面额单位 */
  display_amount_unit?: string;
  /** 扩展字段 */
  extra_data?: string;
  /** 发放时间 */
  issue_time?: string;
  /** 权益类型 */
  benefit_type?: string;
  /** 生效开始时间 */
  effective_start?: string;
  /** 生效结束时间戳 */
  effective_end_timestamp?: Int64;
  /** 外部发放实例id */
  outer_instance_id?: string;
  /** 权益code */
  benefit_code?: string;
  /** 生效结束时间 */
  effective_end?: string;
  /** 中奖记录id */
  record_id?: Int64;
  /** 生效开始时间戳 */
  effective_start_timestamp?: Int64;
  /** 展示门槛 */
  display_start_fee?: string;
  /** 面额 */
  amount?: Int64;
  /** 面额单位 */
  amount_unit?: string;
  /** 追踪数据 */
  tracking_data?: string;
  /** 展示面额 */
  display_amount?: string;
  /** 生效时间类型 */
  effective_time_mode?: string;
  /** 权益标题 */
  benefit_title?: string;
  /** 权益类型名称 */
  benefit_type_name?: string;
  /** 门槛 */
  start_fee?: Int64;
  /** 相对生效时间长度 */
  effective_interval?: Int64;
  /** 相对生效时间单位 */
  interval_time_unit?: string;
  /** 素材 */
  material?: string;
}

const REQUEST_SCHEMA = {
  extra_data: 'Json',
  failover_algorithm_result: 'Boolean',
  idempotent_id: 'String',
  channel: 'String',
  user_id: 'String',
  transformed_user_type: 'String',
  need_identify_risk: 'Boolean',
  user_nick: 'String',
  strategy_code: 'String',
  user_type: 'String',
  selected_benefit_code: 'String',
  openid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      display_amount_unit: 'String',
      extra_data: 'String',
      issue_time: 'Date',
      benefit_type: 'String',
      effective_start: 'Date',
      effective_end_timestamp: 'Number',
      outer_instance_id: 'String',
      benefit_code: 'String',
      effective_end: 'Date',
      record_id: 'Number',
      effective_start_timestamp: 'Number',
      display_start_fee: 'String',
      amount: 'Number',
      amount_unit: 'String',
      tracking_data: 'String',
      display_amount: 'String',
      effective_time_mode: 'String',
      benefit_title: 'String',
      benefit_type_name: 'String',
      start_fee: 'Number',
      effective_interval: 'Number',
      interval_time_unit: 'String',
      material: 'String',
    },
    msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.latour.strategy.issue`: method, response root, request and response schemas. */
export const alibabaLatourStrategyIssueOperation = {
  method: 'alibaba.latour.strategy.issue',
  responseRoot: 'alibaba_latour_strategy_issue_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里巴巴权益发放接口 — calls TOP method `alibaba.latour.strategy.issue`.
 *
 * 阿里巴巴权益平台权益发放接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLatourStrategyIssue(
  client: TopClient,
  request: AlibabaLatourStrategyIssueRequest,
  options?: CallOptions,
): Promise<AlibabaLatourStrategyIssueResponse> {
  return client.call<AlibabaLatourStrategyIssueResponse>(
    {
      method: 'alibaba.latour.strategy.issue',
      responseRoot: 'alibaba_latour_strategy_issue_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
