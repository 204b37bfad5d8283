// Generated from specs/servicecenter/taobao.weike.performance.put.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.weike.performance.put` (提交客服绩效接口). */
export interface TaobaoWeikePerformancePutRequest {
  /** 订单id */
  id?: Int64Input;
  /** 绩效数据封装类 */
  per_info_wrapper?: TaobaoWeikePerformancePutPerformanceInfoWrapperInput;
}

/** Response of `taobao.weike.performance.put`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWeikePerformancePutResponse {
  /** 返回结果 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PerformanceInfoWrapper` of `taobao.weike.performance.put`. */
export interface TaobaoWeikePerformancePutPerformanceInfoWrapperInput {
  /** 是否有提成配置 */
  has_bonus_config?: boolean;
  /** 绩效数据列表 */
  performance_info_list?: TaobaoWeikePerformancePutPerformanceInfoDTOInput[];
  /** 是否有授权 */
  has_authorize?: boolean;
  /** 统计结束时间 */
  statistics_end_time?: string;
  /** 统计开始时间 */
  statistics_start_time?: string;
}

/** `PerformanceInfoDTO` of `taobao.weike.performance.put`. */
export interface TaobaoWeikePerformancePutPerformanceInfoDTOInput {
  /** 首次相应时间 */
  first_response_time?: string;
  /** 平均最后在线时间 */
  avg_last_online_time?: string;
  /** 平均日在线时长 */
  avg_online_time_per_day?: string;
  /** 客服转化率 */
  conversion_rate_of_ser?: string;
  /** 销售量 */
  sales_quantity?: string;
  /** 销售额 */
  sales_amount?: string;
  /** 在线总时长 */
  total_online_time?: string;
  /** 上班天数 */
  online_days?: string;
  /** 客服客单价 */
  unit_price_of_ser?: string;
  /** 回复率 */
  response_rate?: string;
  /** 子账号名字 */
  sub_account_name?: string;
  /** 平均上线时间 */
  avg_online_time?: string;
  /** 销售提成 */
  sales_bonus?: string;
  /** 平均响应时间 */
  avg_response_time?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  per_info_wrapper: {
    has_bonus_config: 'Boolean',
    performance_info_list: [
      {
        first_response_time: 'String',
        avg_last_online_time: 'String',
        avg_online_time_per_day: 'String',
        conversion_rate_of_ser: 'String',
        sales_quantity: 'String',
        sales_amount: 'String',
        total_online_time: 'String',
        online_days: 'String',
        unit_price_of_ser: 'String',
        response_rate: 'String',
        sub_account_name: 'String',
        avg_online_time: 'String',
        sales_bonus: 'String',
        avg_response_time: 'String',
      },
    ],
    has_authorize: 'Boolean',
    statistics_end_time: 'String',
    statistics_start_time: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.weike.performance.put`: method, response root, request and response schemas. */
export const taobaoWeikePerformancePutOperation = {
  method: 'taobao.weike.performance.put',
  responseRoot: 'weike_performance_put_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交客服绩效接口 — calls TOP method `taobao.weike.performance.put`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWeikePerformancePut(
  client: TopClient,
  request: TaobaoWeikePerformancePutRequest = {},
  options?: CallOptions,
): Promise<TaobaoWeikePerformancePutResponse> {
  return client.call<TaobaoWeikePerformancePutResponse>(
    {
      method: 'taobao.weike.performance.put',
      responseRoot: 'weike_performance_put_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
