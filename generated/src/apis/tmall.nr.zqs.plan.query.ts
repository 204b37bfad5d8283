// Generated from specs/tmallnr/tmall.nr.zqs.plan.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nr.zqs.plan.query` (周期送配送明细查询). */
export interface TmallNrZqsPlanQueryRequest {
  /** 交易子订单id */
  detail_order_id: Int64Input;
}

/** Response of `tmall.nr.zqs.plan.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrZqsPlanQueryResponse {
  /** result */
  result?: TmallNrZqsPlanQueryNrResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrResult` of `tmall.nr.zqs.plan.query`. */
export interface TmallNrZqsPlanQueryNrResult {
  /** resultData */
  result_data?: TmallNrZqsPlanQueryNrZqsPlanRespDto;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 是否成功 */
  is_success?: boolean;
}

/** `NrZqsPlanRespDto` of `tmall.nr.zqs.plan.query`. */
export interface TmallNrZqsPlanQueryNrZqsPlanRespDto {
  /** planList */
  plan_list?: TmallNrZqsPlanQueryNrZqsPlanDetailInfoDto[];
  /** 每次配送件数 */
  num_per_cycle?: Int64;
  /** 暂停/退款提前告知的天数 */
  pause_ahead_days?: Int64;
  /** 配送时间范围，起送时间，只取时分，HH:mm格式 */
  send_start_time?: string;
  /** 配送时间范围，结束时间，只取时分，HH:mm格式 */
  send_end_time?: string;
  /** 每次配送的周期天数（在cycleType为1时生效，其它时候为空），1表示每天送，2表示隔1天送 */
  cycle_days?: Int64;
  /** 配送频率类型:1-隔N天送，2-周末送，3-工作日送 */
  cycle_type?: Int64;
  /** 退款开始时间，注意，这个时间当天如果有配送还是会配送的，第二天开始之后的配送会取消 */
  start_refund_date?: string;
  /** pauseInfos */
  pause_infos?: TmallNrZqsPlanQueryNrZqsPauseInfoDto[];
  /** 每周几送，在cycle_type=4时生效，其它时候为空， 1表示周日，2表示周一...7表示周六（以周日为每周的第一天） */
  week_day?: Int64;
}

/** `NrZqsPlanDetailInfoDto` of `tmall.nr.zqs.plan.query`. */
export interface TmallNrZqsPlanQueryNrZqsPlanDetailInfoDto {
  /** 配送期号 */
  sequence_no?: Int64;
  /** 计划配送时间 */
  plan_date?: string;
}

/** `NrZqsPauseInfoDto` of `tmall.nr.zqs.plan.query`. */
export interface TmallNrZqsPlanQueryNrZqsPauseInfoDto {
  /** 暂停开始时间，包含该天 */
  pause_start_day?: string;
  /** 暂停结束时间，包含该天 */
  pause_end_day?: string;
}

const REQUEST_SCHEMA = {
  detail_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: {
      plan_list: [
        {
          sequence_no: 'Number',
          plan_date: 'String',
        },
      ],
      num_per_cycle: 'Number',
      pause_ahead_days: 'Number',
      send_start_time: 'String',
      send_end_time: 'String',
      cycle_days: 'Number',
      cycle_type: 'Number',
      start_refund_date: 'String',
      pause_infos: [
        {
          pause_start_day: 'String',
          pause_end_day: 'String',
        },
      ],
      week_day: 'Number',
    },
    error_message: 'String',
    error_code: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nr.zqs.plan.query`: method, response root, request and response schemas. */
export const tmallNrZqsPlanQueryOperation = {
  method: 'tmall.nr.zqs.plan.query',
  responseRoot: 'tmall_nr_zqs_plan_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 周期送配送明细查询 — calls TOP method `tmall.nr.zqs.plan.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrZqsPlanQuery(
  client: TopClient,
  request: TmallNrZqsPlanQueryRequest,
  options?: CallOptions,
): Promise<TmallNrZqsPlanQueryResponse> {
  return client.call<TmallNrZqsPlanQueryResponse>(
    {
      method: 'tmall.nr.zqs.plan.query',
      responseRoot: 'tmall_nr_zqs_plan_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
