// Generated from specs/promotion/alibaba.latour.strategy.show.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.latour.strategy.show` (阿里巴巴权益投放接口). */
export interface AlibabaLatourStrategyShowRequest {
  /** 带出测试权益 */
  with_test_benefit?: boolean;
  /** 渠道 */
  channel: string;
  /** 每页权益数 */
  page_size?: Int64Input;
  /** 要转换的账户类型 */
  transformed_user_type?: string;
  /** 是否需要调用安全校验服务 */
  need_identify_risk?: boolean;
  /** 用户昵称，除非有特殊申请，默认不允许使用该参数，请通过用户授权token传递用户信息 */
  user_nick?: string;
  /** 不带出hadWin状态 */
  skip_with_had_win?: boolean;
  /** 过滤无库存权益 */
  filter_empty_inventory?: boolean;
  /** 用户id，除非有特殊申请，默认不允许使用该参数，请通过用户授权token传递用户信息 */
  user_id?: string;
  /** 投放计划code */
  strategy_code: string;
  /** 当面账户类型 */
  user_type?: string;
  /** 当面分页 */
  current_page?: Int64Input;
  /** 过滤人群 */
  filter_crowd?: boolean;
  /** openid */
  openid?: string;
  /** 是否需要投放计划维度的权益核销实例 */
  with_strategy_instance?: boolean;
  /** 是否需要权益维度的权益核销实例 */
  with_benefit_instance?: boolean;
}

/** Response of `alibaba.latour.strategy.show`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLatourStrategyShowResponse {
  /** 返回结果 */
  result?: AlibabaLatourStrategyShowResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.latour.strategy.show`. */
export interface AlibabaLatourStrategyShowResult {
  /** 返回结果 */
  data?: AlibabaLatourStrategyShowStrategyShowResultDto;
  /** 错误描述 */
  msg?: string;
  /** 错误码 */
  code?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `StrategyShowResultDto` of `alibaba.latour.strategy.show`. */
export interface AlibabaLatourStrategyShowStrategyShowResultDto {
  /** 扩展参数 */
  extra_data?: string;
  /** 是否有下一页 */
  has_next_page?: boolean;
  /** 投放计划 */
  show_strategy?: AlibabaLatourStrategyShowShowStrategyDto;
  /** 当前页 */
  current_page?: Int64;
  /** 权益列表 */
  show_benefits?: AlibabaLatourStrategyShowShowBenefitDto[];
  /** 追踪信息 */
  tracking_data?: string;
}

/** `ShowStrategyDto` of `alibaba.latour.strategy.show`. */
export interface AlibabaLatourStrategyShowShowStrategyDto {
  /** 投放模式 */
  mode?: string;
  /** 投放计划code */
  code?: string;
  /** 是否投放计划所有规则通过 */
  all_rule_passed?: boolean;
  /** 投放计划安全码 */
  asac?: string;
  /** 算法容灾结果 */
  algorithm_failover?: boolean;
  /** 投放计划规则 */
  show_rules?: AlibabaLatourStrategyShowShowRuleDto[];
  /** 投放计划维度核销数据 */
  show_benefit_instances?: AlibabaLatourStrategyShowShowBenefitInstanceDTO[];
}

/** `ShowRuleDto` of `alibaba.latour.strategy.show`. */
export interface AlibabaLatourStrategyShowShowRuleDto {
  /** 规则扩展信息 */
  feature?: string;
  /** 规则是否通过 */
  passed?: boolean;
  /** 规则类型 */
  type?: string;
}

/** `ShowBenefitInstanceDTO` of `alibaba.latour.strategy.show`. */
export interface AlibabaLatourStrategyShowShowBenefitInstanceDTO {
  /** 权益code */
  benefit_code?: string;
  /** 权益类型 */
  benefit_type?: string;
  /** 中奖记录ID */
  record_id?: Int64;
}

/** `ShowBenefitDto` of `alibaba.latour.strategy.show`. */
export interface AlibabaLatourStrategyShowShowBenefitDto {
  /** 权益code */
  code?: string;
  /** 权益类型 */
  type_desc?: string;
  /** 权益展示面额单位 */
  display_amount_unit?: string;
  /** 权益发放结束时间 */
  end_date?: string;
  /** 权益标题 */
  title?: string;
  /** 权益类型 */
  type?: string;
  /** 权益扩展信息 */
  feature?: string;
  /** 权益是否可领 */
  can_win?: boolean;
  /** 相对使用时间类型 */
  interval_time_unit?: string;
  /** 展示门槛 */
  display_start_fee?: string;
  /** 权益发放类型 */
  send_mode?: string;
  /** 权益生命周期 */
  send_life_cycle_state?: string;
  /** 权益面额 */
  amount?: Int64;
  /** 是否测试权益 */
  test?: boolean;
  /** 是否已领 */
  had_win?: boolean;
  /** 权益规则列表 */
  show_rules?: AlibabaLatourStrategyShowShowRuleDto2[];
  /** 面额单位 */
  amount_unit?: string;
  /** 是否有库存 */
  has_inventory?: boolean;
  /** 展示面额 */
  display_amount?: string;
  /** 使用时间类型 */
  effective_time_mode?: string;
  /** 素材 */
  material?: string;
  /** 相对使用时间长度 */
  effective_interval?: Int64;
  /** 加密动态面额参数 */
  encrypted_dynamic_info?: string;
  /** 门槛 */
  start_fee?: Int64;
  /** 权益安全码 */
  asac?: string;
  /** 发放开始时间 */
  start_date?: string;
  /** 绝对使用时间开始 */
  effective_start?: string;
  /** 绝对使用时间结束 */
  effective_end?: string;
  /** 权益维度核销数据 */
  show_benefit_instances?: AlibabaLatourStrategyShowShowBenefitInstanceDTO2[];
}

/** `ShowRuleDto` of `alibaba.latour.strategy.show`. */
export interface AlibabaLatourStrategyShowShowRuleDto2 {
  /** 规则是否通过 */
  passed?: boolean;
  /** 规则类型 */
  type?: string;
  /** 规则扩展字段 */
  feature?: string;
}

/** `ShowBenefitInstanceDTO` of `alibaba.latour.strategy.show`. */
export interface AlibabaLatourStrategyShowShowBenefitInstanceDTO2 {
  /** 中奖记录ID */
  record_id?: Int64;
}

const REQUEST_SCHEMA = {
  with_test_benefit: 'Boolean',
  channel: 'String',
  page_size: 'Number',
  transformed_user_type: 'String',
  need_identify_risk: 'Boolean',
  user_nick: 'String',
  skip_with_had_win: 'Boolean',
  filter_empty_inventory: 'Boolean',
  user_id: 'String',
  strategy_code: 'String',
  user_type: 'String',
  current_page: 'Number',
  filter_crowd: 'Boolean',
  openid: 'String',
  with_strategy_instance: 'Boolean',
  with_benefit_instance: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      extra_data: 'String',
      has_next_page: 'Boolean',
      show_strategy: {
        mode: 'String',
        code: 'String',
        all_rule_passed: 'Boolean',
        asac: 'String',
        algorithm_failover: 'Boolean',
        show_rules: [
          {
            feature: 'String',
            passed: 'Boolean',
            type: 'String',
          },
        ],
        show_benefit_instances: [
          {
            benefit_code: 'String',
            benefit_type: 'String',
            record_id: 'Number',
          },
        ],
      },
      current_page: 'Number',
      show_benefits: [
        {
          code: 'String',
          type_desc: 'String',
          display_amount_unit: 'String',
          end_date: 'Date',
          title: 'String',
          type: 'String',
          feature: 'String',
          can_win: 'Boolean',
          interval_time_unit: 'String',
          display_start_fee: 'String',
          send_mode: 'String',
          send_life_cycle_state: 'String',
          amount: 'Number',
          test: 'Boolean',
          had_win: 'Boolean',
          show_rules: [
            {
              passed: 'Boolean',
              type: 'String',
              feature: 'String',
            },
          ],
          amount_unit: 'String',
          has_inventory: 'Boolean',
          display_amount: 'String',
          effective_time_mode: 'String',
          material: 'String',
          effective_interval: 'Number',
          encrypted_dynamic_info: 'String',
          start_fee: 'Number',
          asac: 'String',
          start_date: 'Date',
          effective_start: 'Date',
          effective_end: 'Date',
          show_benefit_instances: [
            {
              record_id: 'Number',
            },
          ],
        },
      ],
      tracking_data: 'String',
    },
    msg: 'String',
    code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.latour.strategy.show`: method, response root, request and response schemas. */
export const alibabaLatourStrategyShowOperation = {
  method: 'alibaba.latour.strategy.show',
  responseRoot: 'alibaba_latour_strategy_show_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里巴巴权益投放接口 — calls TOP method `alibaba.latour.strategy.show`.
 *
 * 阿里巴巴权益平台权益投放接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLatourStrategyShow(
  client: TopClient,
  request: AlibabaLatourStrategyShowRequest,
  options?: CallOptions,
): Promise<AlibabaLatourStrategyShowResponse> {
  return client.call<AlibabaLatourStrategyShowResponse>(
    {
      method: 'alibaba.latour.strategy.show',
      responseRoot: 'alibaba_latour_strategy_show_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
