// Generated from specs/legalsuit/alibaba.legal.standpoint.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.standpoint.delete` (删除关联口径). */
export interface AlibabaLegalStandpointDeleteRequest {
  /** 关联id */
  refrence_id?: Int64Input;
  /** 工号 */
  user_id?: string;
  /** 系统标识 */
  input_system_code?: string;
}

/** Response of `alibaba.legal.standpoint.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalStandpointDeleteResponse {
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
  refrence_id: 'Number',
  user_id: 'String',
  input_system_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  success_res: 'Boolean',
  error_code_res: 'Number',
  content: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.standpoint.delete`: method, response root, request and response schemas. */
export const alibabaLegalStandpointDeleteOperation = {
  method: 'alibaba.legal.standpoint.delete',
  responseRoot: 'alibaba_legal_standpoint_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除关联口径 — calls TOP method `alibaba.legal.standpoint.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalStandpointDelete(
  client: TopClient,
  request: AlibabaLegalStandpointDeleteRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalStandpointDeleteResponse> {
  return client.call<AlibabaLegalStandpointDeleteResponse>(
    {
      method: 'alibaba.legal.standpoint.delete',
      responseRoot: 'alibaba_legal_standpoint_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
