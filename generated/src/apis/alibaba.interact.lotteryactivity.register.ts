// Generated from specs/mtopopen/alibaba.interact.lotteryactivity.register.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.lotteryactivity.register` (回传抽奖相关参数). */
export interface AlibabaInteractLotteryactivityRegisterRequest {
  /** 入参 */
  param_top_update_activity_lottery_info_param: AlibabaInteractLotteryactivityRegisterTopUpdateActivityLotteryInfoParamInput;
}

/** Response of `alibaba.interact.lotteryactivity.register`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractLotteryactivityRegisterResponse {
  /** 接口返回model */
  result?: AlibabaInteractLotteryactivityRegisterResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopUpdateActivityLotteryInfoParam` of `alibaba.interact.lotteryactivity.register`. */
export interface AlibabaInteractLotteryactivityRegisterTopUpdateActivityLotteryInfoParamInput {
  /** 商家通过isv创建的活动id */
  activity_biz_id: string;
  /** isv的appkey */
  app_key: string;
  /** 可随意传，目前没有用到，扩展字段 */
  banner_url: string;
  /** 商家创建的红包总额 */
  benefit_amount: string;
  /** 可随意传，目前没有用到，扩展字段 */
  benefit_attribute: string;
  /** 商家创建的红包面额 */
  benefit_denomination: Int64Input;
  /** 商家选择使用的红包权益id */
  benefit_id: Int64Input;
  /** 目前填1，代表支付宝红包 */
  benefit_type: string;
  /** 目前必须填4，代表互动城 */
  biz_type: string;
  /** 商家创建的isv活动的结束时间 */
  end_time: DateInput;
  /** 抽奖活动开始时间，long型 */
  lottery_activity_end_date: Int64Input;
  /** 抽奖活动结束时间 */
  lottery_activity_start_date: Int64Input;
  /** 抽奖活动名称 */
  name: string;
  /** 奖品扩展字段 */
  prize_ext_attribute: string;
  /** 1元红包 */
  prize_name: string;
  /** 奖品扩展字段 */
  prize_param_attribute: string;
  /** 奖品总数 */
  prize_quantity: string;
  /** 奖品总数 */
  prize_remain_quantity: string;
  /** 必须填1，代表红包 */
  prize_type: string;
  /** 0～1之间，代表奖池的概率 */
  probability: string;
  /** 用户活动期间总共中奖次数限制 */
  win_permission_activity_count: Int64Input;
  /** 用户每天总共中奖次数限制 */
  win_permission_day_count: Int64Input;
  /** 商家创建的isv活动的开始时间 */
  start_time: DateInput;
}

/** `Result` of `alibaba.interact.lotteryactivity.register`. */
export interface AlibabaInteractLotteryactivityRegisterResult {
  /** 返回的数据 */
  data?: AlibabaInteractLotteryactivityRegisterActivityLotteryWriteResult;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** xxx */
  module_map?: AlibabaInteractLotteryactivityRegisterModulemap;
  /** 注册抽奖活动失败 */
  success?: boolean;
  /** 方便追踪请求的唯一标识 */
  trace_id?: string;
}

/** `ActivityLotteryWriteResult` of `alibaba.interact.lotteryactivity.register`. */
export interface AlibabaInteractLotteryactivityRegisterActivityLotteryWriteResult {
  /** isv活动的id */
  activity_id?: Int64;
  /** isv活动url */
  h5_url?: string;
}

/** `Modulemap` of `alibaba.interact.lotteryactivity.register`. */
export interface AlibabaInteractLotteryactivityRegisterModulemap {
  /** false */
  empty?: boolean;
}

const REQUEST_SCHEMA = {
  param_top_update_activity_lottery_info_param: {
    activity_biz_id: 'String',
    app_key: 'String',
    banner_url: 'String',
    benefit_amount: 'String',
    benefit_attribute: 'String',
    benefit_denomination: 'Number',
    benefit_id: 'Number',
    benefit_type: 'String',
    biz_type: 'String',
    end_time: 'Date',
    lottery_activity_end_date: 'Number',
    lottery_activity_start_date: 'Number',
    name: 'String',
    prize_ext_attribute: 'String',
    prize_name: 'String',
    prize_param_attribute: 'String',
    prize_quantity: 'String',
    prize_remain_quantity: 'String',
    prize_type: 'String',
    probability: 'String',
    win_permission_activity_count: 'Number',
    win_permission_day_count: 'Number',
    start_time: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      activity_id: 'Number',
      h5_url: 'String',
    },
    err_code: 'String',
    err_msg: 'String',
    module_map: {
      empty: 'Boolean',
    },
    success: 'Boolean',
    trace_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.lotteryactivity.register`: method, response root, request and response schemas. */
export const alibabaInteractLotteryactivityRegisterOperation = {
  method: 'alibaba.interact.lotteryactivity.register',
  responseRoot: 'alibaba_interact_lotteryactivity_register_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 回传抽奖相关参数 — calls TOP method `alibaba.interact.lotteryactivity.register`.
 *
 * 提供接口供三方应用将数据回传到平台
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractLotteryactivityRegister(
  client: TopClient,
  request: AlibabaInteractLotteryactivityRegisterRequest,
  options?: CallOptions,
): Promise<AlibabaInteractLotteryactivityRegisterResponse> {
  return client.call<AlibabaInteractLotteryactivityRegisterResponse>(
    {
      method: 'alibaba.interact.lotteryactivity.register',
      responseRoot: 'alibaba_interact_lotteryactivity_register_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
