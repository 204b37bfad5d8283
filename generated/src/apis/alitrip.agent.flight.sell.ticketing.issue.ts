// Generated from specs/flight/alitrip.agent.flight.sell.ticketing.issue.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.flight.sell.ticketing.issue` (销售出票). */
export interface AlitripAgentFlightSellTicketingIssueRequest {
  /** 入参对象 */
  param?: AlitripAgentFlightSellTicketingIssueTicketingIssueRequestDtoInput;
}

/** Response of `alitrip.agent.flight.sell.ticketing.issue`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentFlightSellTicketingIssueResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlitripAgentFlightSellTicketingIssueResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TicketingIssueRequestDto` of `alitrip.agent.flight.sell.ticketing.issue`. */
export interface AlitripAgentFlightSellTicketingIssueTicketingIssueRequestDtoInput {
  /** 国内国际标识:1:国内,2:国际 */
  domestic_intl?: Int64Input;
  /** 飞猪订单号 */
  order_id?: string;
  /** 出票信息 */
  issue_list?: AlitripAgentFlightSellTicketingIssueTicketingPsgItemDtoInput[];
}

/** `TicketingPsgItemDto` of `alitrip.agent.flight.sell.ticketing.issue`. */
export interface AlitripAgentFlightSellTicketingIssueTicketingPsgItemDtoInput {
  /** 乘客姓名 */
  passenger_name?: string;
  /** 票号 */
  tickets?: string[];
  /** pnr */
  pnr?: string;
  /** 航段 */
  segments?: AlitripAgentFlightSellTicketingIssueSegmentsInput[];
}

/** `Segments` of `alitrip.agent.flight.sell.ticketing.issue`. */
export interface AlitripAgentFlightSellTicketingIssueSegmentsInput {
  /** 到达城市 */
  arr_city?: string;
  /** 出发城市 */
  dep_city?: string;
}

/** `ResultDto` of `alitrip.agent.flight.sell.ticketing.issue`. */
export interface AlitripAgentFlightSellTicketingIssueResultDto {
  /** 执行结果 */
  success?: boolean;
  /** 错误码:000:系统异常, 001:请求参数不合法, 002:权限不足, 003:操作失败, 004:流量管控 */
  error_code?: string;
  /** 错误消息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  param: {
    domestic_intl: 'Number',
    order_id: 'String',
    issue_list: [
      {
        passenger_name: 'String',
        tickets: ['String'],
        pnr: 'String',
        segments: [
          {
            arr_city: 'String',
            dep_city: 'String',
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.agent.flight.sell.ticketing.issue`: method, response root, request and response schemas. */
export const alitripAgentFlightSellTicketingIssueOperation = {
  method: 'alitrip.agent.flight.sell.ticketing.issue',
  responseRoot: 'alitrip_agent_flight_sell_ticketing_issue_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销售出票 — calls TOP method `alitrip.agent.flight.sell.ticketing.issue`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentFlightSellTicketingIssue(
  client: TopClient,
  request: AlitripAgentFlightSellTicketingIssueRequest = {},
  options?: CallOptions,
): Promise<AlitripAgentFlightSellTicketingIssueResponse> {
  return client.call<AlitripAgentFlightSellTicketingIssueResponse>(
    {
      method: 'alitrip.agent.flight.sell.ticketing.issue',
      responseRoot: 'alitrip_agent_flight_sell_ticketing_issue_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
