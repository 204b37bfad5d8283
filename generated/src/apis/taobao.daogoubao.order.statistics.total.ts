// Generated from specs/qianniu/taobao.daogoubao.order.statistics.total.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.daogoubao.order.statistics.total` (销售订单总额统计). */
export interface TaobaoDaogoubaoOrderStatisticsTotalRequest {
  /** 调试时用的传入id */
  debug_id?: string;
  /** 需要的字段名 */
  field?: string;
}

/** Response of `taobao.daogoubao.order.statistics.total`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDaogoubaoOrderStatisticsTotalResponse {
  /** result */
  result?: TaobaoDaogoubaoOrderStatisticsTotalOrderStatisticsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderStatisticsResult` of `taobao.daogoubao.order.statistics.total`. */
export interface TaobaoDaogoubaoOrderStatisticsTotalOrderStatisticsResult {
  /** tqdj_order_num */
  tqdj_order_num?: Int64;
  /** take_order_num */
  take_order_num?: Int64;
  /** home_order_num */
  home_order_num?: Int64;
  /** step_order_num */
  step_order_num?: Int64;
}

const REQUEST_SCHEMA = {
  debug_id: 'String',
  field: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    tqdj_order_num: 'Number',
    take_order_num: 'Number',
    home_order_num: 'Number',
    step_order_num: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.daogoubao.order.statistics.total`: method, response root, request and response schemas. */
export const taobaoDaogoubaoOrderStatisticsTotalOperation = {
  method: 'taobao.daogoubao.order.statistics.total',
  responseRoot: 'daogoubao_order_statistics_total_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销售订单总额统计 — calls TOP method `taobao.daogoubao.order.statistics.total`.
 *
 * 对接千牛端数字中心
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDaogoubaoOrderStatisticsTotal(
  client: TopClient,
  request: TaobaoDaogoubaoOrderStatisticsTotalRequest = {},
  options?: CallOptions,
): Promise<TaobaoDaogoubaoOrderStatisticsTotalResponse> {
  return client.call<TaobaoDaogoubaoOrderStatisticsTotalResponse>(
    {
      method: 'taobao.daogoubao.order.statistics.total',
      responseRoot: 'daogoubao_order_statistics_total_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
