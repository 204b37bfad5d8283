// Generated from specs/flight/alitrip.agent.flight.sell.modify.refuse.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.flight.sell.modify.refuse` (销售改签拒绝). */
export interface AlitripAgentFlightSellModifyRefuseRequest {
  /** 申请单号 */
  apply_id?: string;
  /** 国际国内标识:1:国内,2:国际 */
  domestic_intl?: Int64Input;
  /** 拒绝原因 */
  refuse_reason?: string;
}

/** Response of `alitrip.agent.flight.sell.modify.refuse`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentFlightSellModifyRefuseResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlitripAgentFlightSellModifyRefuseResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `alitrip.agent.flight.sell.modify.refuse`. */
export interface AlitripAgentFlightSellModifyRefuseResultDto {
  /** 执行结果 */
  success?: boolean;
  /** 错误码:000:系统异常, 001:请求参数不合法, 002:权限不足, 003:操作失败, 004:流量管控 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  apply_id: 'String',
  domestic_intl: 'Number',
  refuse_reason: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.agent.flight.sell.modify.refuse`: method, response root, request and response schemas. */
export const alitripAgentFlightSellModifyRefuseOperation = {
  method: 'alitrip.agent.flight.sell.modify.refuse',
  responseRoot: 'alitrip_agent_flight_sell_modify_refuse_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销售改签拒绝 — calls TOP method `alitrip.agent.flight.sell.modify.refuse`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentFlightSellModifyRefuse(
  client: TopClient,
  request: AlitripAgentFlightSellModifyRefuseRequest = {},
  options?: CallOptions,
): Promise<AlitripAgentFlightSellModifyRefuseResponse> {
  return client.call<AlitripAgentFlightSellModifyRefuseResponse>(
    {
      method: 'alitrip.agent.flight.sell.modify.refuse',
      responseRoot: 'alitrip_agent_flight_sell_modify_refuse_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
