// Generated from specs/flight/alitrip.agent.flight.sell.modify.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.flight.sell.modify.list` (销售改签单列表). */
export interface AlitripAgentFlightSellModifyListRequest {
  /** 入参 */
  param?: AlitripAgentFlightSellModifyListModifyListRequestDtoInput;
}

/** Response of `alitrip.agent.flight.sell.modify.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentFlightSellModifyListResponse {
  /** 系统自动生成 */
  result?: AlitripAgentFlightSellModifyListPageDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ModifyListRequestDto` of `alitrip.agent.flight.sell.modify.list`. */
export interface AlitripAgentFlightSellModifyListModifyListRequestDtoInput {
  /** 店铺id */
  agent_ids?: Int64Input[];
  /** 申请结束时间(提交申请结束时间，限制只能与起始时间相差一天) */
  end_apply_time?: DateInput;
  /** 申请开始时间 */
  begin_apply_time?: DateInput;
  /** 页码 */
  page?: Int64Input;
  /** 改签单状态:1:待回填费用或行程,2:待用户支付,3:待出票,4:已完成,5:已拒绝 */
  status?: Int64Input;
}

/** `PageDto` of `alitrip.agent.flight.sell.modify.list`. */
export interface AlitripAgentFlightSellModifyListPageDto {
  /** 123 */
  total?: Int64;
  /** 结果集 */
  data_list?: AlitripAgentFlightSellModifyListT[];
  /** 成功标识 */
  success?: boolean;
  /** 错误码:000:系统异常, 001:请求参数不合法, 002:权限不足, 003:操作失败, 004:流量管控 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `T` of `alitrip.agent.flight.sell.modify.list`. */
export interface AlitripAgentFlightSellModifyListT {
  /** 申请单号 */
  apply_id?: string;
  /** 国内国际标识(1:国内,2:国际) */
  domestic_intl?: Int64;
  /** 飞猪订单号 */
  order_id?: string;
  /** 申请时间 */
  apply_time?: string;
}

const REQUEST_SCHEMA = {
  param: {
    agent_ids: ['Number'],
    end_apply_time: 'Date',
    begin_apply_time: 'Date',
    page: 'Number',
    status: 'Number',
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

/** Static description of `alitrip.agent.flight.sell.modify.list`: method, response root, request and response schemas. */
export const alitripAgentFlightSellModifyListOperation = {
  method: 'alitrip.agent.flight.sell.modify.list',
  responseRoot: 'alitrip_agent_flight_sell_modify_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销售改签单列表 — calls TOP method `alitrip.agent.flight.sell.modify.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentFlightSellModifyList(
  client: TopClient,
  request: AlitripAgentFlightSellModifyListRequest = {},
  options?: CallOptions,
): Promise<AlitripAgentFlightSellModifyListResponse> {
  return client.call<AlitripAgentFlightSellModifyListResponse>(
    {
      method: 'alitrip.agent.flight.sell.modify.list',
      responseRoot: 'alitrip_agent_flight_sell_modify_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
