// Generated from specs/flight/alitrip.agent.flight.sell.refund.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.flight.sell.refund.list` (销售退票单列表). */
export interface AlitripAgentFlightSellRefundListRequest {
  /** 请求对象 */
  param?: AlitripAgentFlightSellRefundListRefundListRequestDtoInput;
}

/** Response of `alitrip.agent.flight.sell.refund.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentFlightSellRefundListResponse {
  /** 系统自动生成 */
  result?: AlitripAgentFlightSellRefundListPageDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundListRequestDto` of `alitrip.agent.flight.sell.refund.list`. */
export interface AlitripAgentFlightSellRefundListRefundListRequestDtoInput {
  /** 退票申请起始时间 */
  end_apply_time: DateInput;
  /** 退票申请结束时间(提交申请结束时间，限制只能与起始时间相差一天) */
  begin_apply_time: DateInput;
  /** 页码 */
  page: Int64Input;
  /** 退票单状态:1:待回填费用,2:待退款,3:退款中,4:已完成,5:已拒绝 */
  status?: Int64Input;
  /** 店铺id集合 */
  agent_ids?: Int64Input[];
}

/** `PageDto` of `alitrip.agent.flight.sell.refund.list`. */
export interface AlitripAgentFlightSellRefundListPageDto {
  /** 123 */
  total?: Int64;
  /** 数据集 */
  data_list?: AlitripAgentFlightSellRefundListT[];
  /** 成功失败标识 */
  success?: boolean;
  /** 错误码:000:系统异常, 001:请求参数不合法, 002:权限不足, 003:操作失败, 004:流量管控 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `T` of `alitrip.agent.flight.sell.refund.list`. */
export interface AlitripAgentFlightSellRefundListT {
  /** 退票申请单号 */
  apply_id?: string;
  /** 国内国际标识(1:国内,2:国际) */
  domestic_intl?: Int64;
  /** 飞猪订单号 */
  order_id?: string;
  /** 时间 */
  apply_time?: string;
}

const REQUEST_SCHEMA = {
  param: {
    end_apply_time: 'Date',
    begin_apply_time: 'Date',
    page: 'Number',
    status: 'Number',
    agent_ids: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total: 'Number',
    data_list: [
      {
        apply_id: 'String',
        domestic_intl: 'Number',
        order_id: 'String',
        apply_time: 'Date',
      },
    ],
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.agent.flight.sell.refund.list`: method, response root, request and response schemas. */
export const alitripAgentFlightSellRefundListOperation = {
  method: 'alitrip.agent.flight.sell.refund.list',
  responseRoot: 'alitrip_agent_flight_sell_refund_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销售退票单列表 — calls TOP method `alitrip.agent.flight.sell.refund.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentFlightSellRefundList(
  client: TopClient,
  request: AlitripAgentFlightSellRefundListRequest = {},
  options?: CallOptions,
): Promise<AlitripAgentFlightSellRefundListResponse> {
  return client.call<AlitripAgentFlightSellRefundListResponse>(
    {
      method: 'alitrip.agent.flight.sell.refund.list',
      responseRoot: 'alitrip_agent_flight_sell_refund_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
