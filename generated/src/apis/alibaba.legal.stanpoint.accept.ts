// Generated from specs/legalsuit/alibaba.legal.stanpoint.accept.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.stanpoint.accept` (采纳口径). */
export interface AlibabaLegalStanpointAcceptRequest {
  /** 采纳口径id字符串 */
  standpoint_ids?: string;
  /** 业务实体ID */
  busi_id?: string;
  /** 工号 */
  user_id?: string;
  /** 系统标识 */
  input_system_code?: string;
}

/** Response of `alibaba.legal.stanpoint.accept`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalStanpointAcceptResponse {
  /** 是否成功 */
  success_res?: boolean;
  /** 状态code */
  error_code_res?: Int64;
  /** 返回内容 */
  content?: boolean;
  /** 状态描述 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  standpoint_ids: 'String',
  busi_id: 'String',
  user_id: 'String',
  input_system_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  success_res: 'Boolean',
  error_code_res: 'Number',
  content: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.stanpoint.accept`: method, response root, request and response schemas. */
export const alibabaLegalStanpointAcceptOperation = {
  method: 'alibaba.legal.stanpoint.accept',
  responseRoot: 'alibaba_legal_stanpoint_accept_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 采纳口径 — calls TOP method `alibaba.legal.stanpoint.accept`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalStanpointAccept(
  client: TopClient,
  request: AlibabaLegalStanpointAcceptRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalStanpointAcceptResponse> {
  return client.call<AlibabaLegalStanpointAcceptResponse>(
    {
      method: 'alibaba.legal.stanpoint.accept',
      responseRoot: 'alibaba_legal_stanpoint_accept_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
