// Generated from specs/flight/alitrip.agent.coordinate.reject.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.agent.coordinate.reject` (慧飞商家协同单拒绝接口). */
export interface AlitripAgentCoordinateRejectRequest {
  /** 协同单拒绝参数 */
  reject_dto: AlitripAgentCoordinateRejectRejectDTOInput;
}

/** Response of `alitrip.agent.coordinate.reject`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripAgentCoordinateRejectResponse {
  /** 协同单拒绝接口返回结果 */
  result?: AlitripAgentCoordinateRejectResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RejectDTO` of `alitrip.agent.coordinate.reject`. */
export interface AlitripAgentCoordinateRejectRejectDTOInput {
  /** 协同单id */
  case_id: Int64Input;
  /** 拒绝原因 */
  content: string;
  /** 1:国内，2:国际 */
  domestic_intl: Int64Input;
  /** 附件列表 */
  file_info_dto_list?: AlitripAgentCoordinateRejectUploadFileInfoDTOInput[];
}

/** `UploadFileInfoDTO` of `alitrip.agent.coordinate.reject`. */
export interface AlitripAgentCoordinateRejectUploadFileInfoDTOInput {
  /** 附件名称 */
  name?: string;
  /** 附件地址 */
  url?: string;
}

/** `Result` of `alitrip.agent.coordinate.reject`. */
export interface AlitripAgentCoordinateRejectResult {
  /** 错误码 */
  error_code?: string;
  /** 错误原因 */
  error_msg?: string;
  /** 执行结果 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  reject_dto: {
    case_id: 'Number',
    content: 'String',
    domestic_intl: 'Number',
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

/** Static description of `alitrip.agent.coordinate.reject`: method, response root, request and response schemas. */
export const alitripAgentCoordinateRejectOperation = {
  method: 'alitrip.agent.coordinate.reject',
  responseRoot: 'alitrip_agent_coordinate_reject_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 慧飞商家协同单拒绝接口 — calls TOP method `alitrip.agent.coordinate.reject`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripAgentCoordinateReject(
  client: TopClient,
  request: AlitripAgentCoordinateRejectRequest,
  options?: CallOptions,
): Promise<AlitripAgentCoordinateRejectResponse> {
  return client.call<AlitripAgentCoordinateRejectResponse>(
    {
      method: 'alitrip.agent.coordinate.reject',
      responseRoot: 'alitrip_agent_coordinate_reject_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
