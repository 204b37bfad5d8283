// Generated from specs/flight/alitrip.agent.coordinate.goback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.coordinate.goback` (协同单驳回). */
export interface AlitripAgentCoordinateGobackRequest {
  /** 驳回请求入参 */
  goback_dto: AlitripAgentCoordinateGobackGoBackDTOInput;
}

/** Response of `alitrip.agent.coordinate.goback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentCoordinateGobackResponse {
  /** 协同单驳回返回结果 */
  result?: AlitripAgentCoordinateGobackResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GoBackDTO` of `alitrip.agent.coordinate.goback`. */
export interface AlitripAgentCoordinateGobackGoBackDTOInput {
  /** 协同单Id */
  case_id: Int64Input;
  /** 备注信息 */
  content: string;
  /** 附件列表 */
  file_info_dto_list?: AlitripAgentCoordinateGobackUploadFileInfoDTOInput[];
}

/** `UploadFileInfoDTO` of `alitrip.agent.coordinate.goback`. */
export interface AlitripAgentCoordinateGobackUploadFileInfoDTOInput {
  /** 附件名称 */
  name?: string;
  /** 附件地址 */
  url?: string;
}

/** `ResultDTO` of `alitrip.agent.coordinate.goback`. */
export interface AlitripAgentCoordinateGobackResultDTO {
  /** 错误code */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** true */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  goback_dto: {
    case_id: 'Number',
    content: 'String',
    file_info_dto_list: [
      {
        name: 'String',
        url: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.agent.coordinate.goback`: method, response root, request and response schemas. */
export const alitripAgentCoordinateGobackOperation = {
  method: 'alitrip.agent.coordinate.goback',
  responseRoot: 'alitrip_agent_coordinate_goback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 协同单驳回 — calls TOP method `alitrip.agent.coordinate.goback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentCoordinateGoback(
  client: TopClient,
  request: AlitripAgentCoordinateGobackRequest,
  options?: CallOptions,
): Promise<AlitripAgentCoordinateGobackResponse> {
  return client.call<AlitripAgentCoordinateGobackResponse>(
    {
      method: 'alitrip.agent.coordinate.goback',
      responseRoot: 'alitrip_agent_coordinate_goback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
