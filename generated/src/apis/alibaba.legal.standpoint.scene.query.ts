// Generated from specs/legalsuit/alibaba.legal.standpoint.scene.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.standpoint.scene.query` (查询场景). */
export interface AlibabaLegalStandpointSceneQueryRequest {
  /** 系统标识 */
  input_system_code?: string;
}

/** Response of `alibaba.legal.standpoint.scene.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalStandpointSceneQueryResponse {
  /** 是否成功 */
  success_res?: boolean;
  /** 错误码 */
  error_code_res?: Int64;
  /** 场景集合 */
  content?: AlibabaLegalStandpointSceneQuerySceneOption[];
  /** 错误描述 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SceneOption` of `alibaba.legal.standpoint.scene.query`. */
export interface AlibabaLegalStandpointSceneQuerySceneOption {
  /** 场景名称 */
  text?: string;
  /** 场景code */
  value?: string;
}

const REQUEST_SCHEMA = {
  input_system_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  success_res: 'Boolean',
  error_code_res: 'Number',
  content: [
    {
      text: 'String',
      value: 'String',
    },
  ],
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.standpoint.scene.query`: method, response root, request and response schemas. */
export const alibabaLegalStandpointSceneQueryOperation = {
  method: 'alibaba.legal.standpoint.scene.query',
  responseRoot: 'alibaba_legal_standpoint_scene_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询场景 — calls TOP method `alibaba.legal.standpoint.scene.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalStandpointSceneQuery(
  client: TopClient,
  request: AlibabaLegalStandpointSceneQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalStandpointSceneQueryResponse> {
  return client.call<AlibabaLegalStandpointSceneQueryResponse>(
    {
      method: 'alibaba.legal.standpoint.scene.query',
      responseRoot: 'alibaba_legal_standpoint_scene_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
