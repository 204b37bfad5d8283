// Generated from specs/flight/alitrip.agent.coordinate.handle.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.coordinate.handle` (慧飞商家协同单接手接口). */
export interface AlitripAgentCoordinateHandleRequest {
  /** 协同单接手参数 */
  handle_dto: AlitripAgentCoordinateHandleHandleDTOInput;
}

/** Response of `alitrip.agent.coordinate.handle`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentCoordinateHandleResponse {
  /** 协同单接手接口返回结果 */
  result?: AlitripAgentCoordinateHandleResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HandleDTO` of `alitrip.agent.coordinate.handle`. */
export interface AlitripAgentCoordinateHandleHandleDTOInput {
  /** 协同单id */
  case_id: Int64Input;
  /** 跟进人名称 */
  current_follower_name: string;
  /** 1:国内，2:国际 */
  domestic_intl: Int64Input;
}

/** `Result` of `alitrip.agent.coordinate.handle`. */
export interface AlitripAgentCoordinateHandleResult {
  /** 错误码 */
  error_code?: string;
  /** 错误原因 */
  error_msg?: string;
  /** 执行结果 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  handle_dto: {
    case_id: 'Number',
    current_follower_name: 'String',
    domestic_intl: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.agent.coordinate.handle`: method, response root, request and response schemas. */
export const alitripAgentCoordinateHandleOperation = {
  method: 'alitrip.agent.coordinate.handle',
  responseRoot: 'alitrip_agent_coordinate_handle_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 慧飞商家协同单接手接口 — calls TOP method `alitrip.agent.coordinate.handle`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentCoordinateHandle(
  client: TopClient,
  request: AlitripAgentCoordinateHandleRequest,
  options?: CallOptions,
): Promise<AlitripAgentCoordinateHandleResponse> {
  return client.call<AlitripAgentCoordinateHandleResponse>(
    {
      method: 'alitrip.agent.coordinate.handle',
      responseRoot: 'alitrip_agent_coordinate_handle_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
