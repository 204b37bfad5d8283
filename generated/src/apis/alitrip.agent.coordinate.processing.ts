// Generated from specs/flight/alitrip.agent.coordinate.processing.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.coordinate.processing` (慧飞商家协同单处理完成接口). */
export interface AlitripAgentCoordinateProcessingRequest {
  /** 协同单处理完成参数 */
  processing_dto: AlitripAgentCoordinateProcessingProcessingDTOInput;
}

/** Response of `alitrip.agent.coordinate.processing`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentCoordinateProcessingResponse {
  /** 协同单处理完成接口返回结果 */
  result?: AlitripAgentCoordinateProcessingResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProcessingDTO` of `alitrip.agent.coordinate.processing`. */
export interface AlitripAgentCoordinateProcessingProcessingDTOInput {
  /** 协同单ID */
  case_id: Int64Input;
  /** 协同回复内容 */
  reply: string;
  /** 1:国内，2:国际 */
  domestic_intl: Int64Input;
}

/** `Result` of `alitrip.agent.coordinate.processing`. */
export interface AlitripAgentCoordinateProcessingResult {
  /** 错误码 */
  error_code?: string;
  /** 错误原因 */
  error_msg?: string;
  /** 执行结果 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  processing_dto: {
    case_id: 'Number',
    reply: 'String',
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

/** Static description of `alitrip.agent.coordinate.processing`: method, response root, request and response schemas. */
export const alitripAgentCoordinateProcessingOperation = {
  method: 'alitrip.agent.coordinate.processing',
  responseRoot: 'alitrip_agent_coordinate_processing_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 慧飞商家协同单处理完成接口 — calls TOP method `alitrip.agent.coordinate.processing`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentCoordinateProcessing(
  client: TopClient,
  request: AlitripAgentCoordinateProcessingRequest,
  options?: CallOptions,
): Promise<AlitripAgentCoordinateProcessingResponse> {
  return client.call<AlitripAgentCoordinateProcessingResponse>(
    {
      method: 'alitrip.agent.coordinate.processing',
      responseRoot: 'alitrip_agent_coordinate_processing_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
