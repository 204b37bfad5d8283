// Generated from specs/fans/tmall.fans.cashpool.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.fans.cashpool.create` (创建资金池). */
export interface TmallFansCashpoolCreateRequest {
  /** 创建资奖池输入对象 */
  create_cash_pool_param_do: TmallFansCashpoolCreateCreateCashPoolParamDoInput;
}

/** Response of `tmall.fans.cashpool.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallFansCashpoolCreateResponse {
  /** 返回对象 */
  fans_result?: TmallFansCashpoolCreateFansResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreateCashPoolParamDo` of `tmall.fans.cashpool.create`. */
export interface TmallFansCashpoolCreateCreateCashPoolParamDoInput {
  /** 红包使用开始时间 */
  use_end_time: DateInput;
  /** 红包使用结束时间 */
  use_start_time: DateInput;
  /** 奖金池总额度 */
  cash_value: Int64Input;
  /** 奖金池标题 */
  desc: string;
  /** 奖金池描述 */
  title: string;
  /** 活动id */
  activity_id?: string;
  /** 活动url */
  activity_url?: string;
  /** 开奖时间 */
  draw_time?: DateInput;
  /** 活动开始时间 */
  start_time?: DateInput;
  /** 活动结束时间 */
  end_time?: DateInput;
  /** 开始答题时间 */
  begin_qa_time?: DateInput;
}

/** `FansResult` of `tmall.fans.cashpool.create`. */
export interface TmallFansCashpoolCreateFansResult {
  /** 返回data */
  data?: TmallFansCashpoolCreateCashPoolVo;
  /** 无用 */
  total_num?: Int64;
  /** 调用成功失败标识 */
  success?: boolean;
  /** 错误消息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

/** `CashPoolVo` of `tmall.fans.cashpool.create`. */
export interface TmallFansCashpoolCreateCashPoolVo {
  /** 付款url */
  pay_url?: string;
  /** 奖金池id */
  cash_pool_id?: Int64;
}

const REQUEST_SCHEMA = {
  create_cash_pool_param_do: {
    use_end_time: 'Date',
    use_start_time: 'Date',
    cash_value: 'Number',
    desc: 'String',
    title: 'String',
    activity_id: 'String',
    activity_url: 'String',
    draw_time: 'Date',
    start_time: 'Date',
    end_time: 'Date',
    begin_qa_time: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  fans_result: {
    data: {
      pay_url: 'String',
      cash_pool_id: 'Number',
    },
    total_num: 'Number',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.fans.cashpool.create`: method, response root, request and response schemas. */
export const tmallFansCashpoolCreateOperation = {
  method: 'tmall.fans.cashpool.create',
  responseRoot: 'tmall_fans_cashpool_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建资金池 — calls TOP method `tmall.fans.cashpool.create`.
 *
 * 商家创建资金池接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallFansCashpoolCreate(
  client: TopClient,
  request: TmallFansCashpoolCreateRequest,
  options?: CallOptions,
): Promise<TmallFansCashpoolCreateResponse> {
  return client.call<TmallFansCashpoolCreateResponse>(
    {
      method: 'tmall.fans.cashpool.create',
      responseRoot: 'tmall_fans_cashpool_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
