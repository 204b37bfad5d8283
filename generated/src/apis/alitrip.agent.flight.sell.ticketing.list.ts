// Generated from specs/flight/alitrip.agent.flight.sell.ticketing.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.flight.sell.ticketing.list` (销售出票列表). */
export interface AlitripAgentFlightSellTicketingListRequest {
  /** 入参对象 */
  param?: AlitripAgentFlightSellTicketingListTicketingListRequestDtoInput;
}

/** Response of `alitrip.agent.flight.sell.ticketing.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentFlightSellTicketingListResponse {
  /** 系统自动生成 */
  result?: AlitripAgentFlightSellTicketingListPageDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TicketingListRequestDto` of `alitrip.agent.flight.sell.ticketing.list`. */
export interface AlitripAgentFlightSellTicketingListTicketingListRequestDtoInput {
  /** 店铺id */
  agent_ids?: Int64Input[];
  /** 支付起始时间 */
  begin_pay_time?: DateInput;
  /** 支付结束时间 */
  end_pay_time?: DateInput;
  /** 页码 */
  page?: Int64Input;
  /** 订单状态:1:待支付，2:待出票，3:已完成，4:已取消 */
  status?: Int64Input;
}

/** `PageDto` of `alitrip.agent.flight.sell.ticketing.list`. */
export interface AlitripAgentFlightSellTicketingListPageDto {
  /** 123 */
  total?: Int64;
  /** 结果对象 */
  data_list?: AlitripAgentFlightSellTicketingListT[];
  /** 请求成功标识 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `T` of `alitrip.agent.flight.sell.ticketing.list`. */
export interface AlitripAgentFlightSellTicketingListT {
  /** 国内国际标识 */
  domestic_intl?: Int64;
  /** 飞猪订单号 */
  order_id?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 服务时效 */
  serve_deadline?: string;
  /** 催出后服务时效 */
  urge_serve_deadline?: string;
  /** 2023-05-26 20:13:08后存在订单被取消的风险 */
  urge_risk_desc?: string;
}

const REQUEST_SCHEMA = {
  param: {
    agent_ids: ['Number'],
    begin_pay_time: 'Date',
    end_pay_time: 'Date',
    page: 'Number',
    status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total: 'Number',
    data_list: [
      {
        domestic_intl: 'Number',
        order_id: 'String',
        pay_time: 'Date',
        serve_deadline: 'Date',
        urge_serve_deadline: 'Date',
        urge_risk_desc: 'String',
      },
    ],
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.agent.flight.sell.ticketing.list`: method, response root, request and response schemas. */
export const alitripAgentFlightSellTicketingListOperation = {
  method: 'alitrip.agent.flight.sell.ticketing.list',
  responseRoot: 'alitrip_agent_flight_sell_ticketing_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销售出票列表 — calls TOP method `alitrip.agent.flight.sell.ticketing.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentFlightSellTicketingList(
  client: TopClient,
  request: AlitripAgentFlightSellTicketingListRequest = {},
  options?: CallOptions,
): Promise<AlitripAgentFlightSellTicketingListResponse> {
  return client.call<AlitripAgentFlightSellTicketingListResponse>(
    {
      method: 'alitrip.agent.flight.sell.ticketing.list',
      responseRoot: 'alitrip_agent_flight_sell_ticketing_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
