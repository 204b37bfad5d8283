// Generated from specs/legalsuit/alibaba.legal.standpoint.standpoint.collection.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.standpoint.standpoint.collection` (收藏|取消收藏). */
export interface AlibabaLegalStandpointStandpointCollectionRequest {
  /** 系统标识 */
  input_system_code?: string;
  /** 口径id */
  standpoint_id?: Int64Input;
  /** 操作人 */
  operate_work_no?: string;
  /** 操作人名称 */
  operate_name?: string;
  /** 收藏 */
  collection_flag?: string;
}

/** Response of `alibaba.legal.standpoint.standpoint.collection`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalStandpointStandpointCollectionResponse {
  /** true */
  success_res?: boolean;
  /** 500 */
  error_code_res?: Int64;
  /** true */
  content?: boolean;
  /** 描述 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  input_system_code: 'String',
  standpoint_id: 'Number',
  operate_work_no: 'String',
  operate_name: 'String',
  collection_flag: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  success_res: 'Boolean',
  error_code_res: 'Number',
  content: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.standpoint.standpoint.collection`: method, response root, request and response schemas. */
export const alibabaLegalStandpointStandpointCollectionOperation = {
  method: 'alibaba.legal.standpoint.standpoint.collection',
  responseRoot: 'alibaba_legal_standpoint_standpoint_collection_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 收藏|取消收藏 — calls TOP method `alibaba.legal.standpoint.standpoint.collection`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalStandpointStandpointCollection(
  client: TopClient,
  request: AlibabaLegalStandpointStandpointCollectionRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalStandpointStandpointCollectionResponse> {
  return client.call<AlibabaLegalStandpointStandpointCollectionResponse>(
    {
      method: 'alibaba.legal.standpoint.standpoint.collection',
      responseRoot: 'alibaba_legal_standpoint_standpoint_collection_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
