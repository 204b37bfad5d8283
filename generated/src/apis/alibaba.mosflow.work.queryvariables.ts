// Generated from specs/mos/alibaba.mosflow.work.queryvariables.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mosflow.work.queryvariables` (获取指定流程上下文参数). */
export interface AlibabaMosflowWorkQueryvariablesRequest {
  /** 流程实例ID */
  process_instance_id: string;
}

/** Response of `alibaba.mosflow.work.queryvariables`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosflowWorkQueryvariablesResponse {
  /** result */
  result?: AlibabaMosflowWorkQueryvariablesMultiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MultiResult` of `alibaba.mosflow.work.queryvariables`. */
export interface AlibabaMosflowWorkQueryvariablesMultiResult {
  /** total */
  result_total?: Int64;
  /** errMessage */
  result_message?: string;
  /** data */
  result_datas?: string[];
  /** errCode */
  result_code?: string;
  /** success */
  result_success?: boolean;
}

const REQUEST_SCHEMA = {
  process_instance_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_total: 'Number',
    result_message: 'String',
    result_datas: ['String'],
    result_code: 'String',
    result_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mosflow.work.queryvariables`: method, response root, request and response schemas. */
export const alibabaMosflowWorkQueryvariablesOperation = {
  method: 'alibaba.mosflow.work.queryvariables',
  responseRoot: 'alibaba_mosflow_work_queryvariables_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取指定流程上下文参数 — calls TOP method `alibaba.mosflow.work.queryvariables`.
 *
 * 业务查询指定流程上下文内容
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosflowWorkQueryvariables(
  client: TopClient,
  request: AlibabaMosflowWorkQueryvariablesRequest,
  options?: CallOptions,
): Promise<AlibabaMosflowWorkQueryvariablesResponse> {
  return client.call<AlibabaMosflowWorkQueryvariablesResponse>(
    {
      method: 'alibaba.mosflow.work.queryvariables',
      responseRoot: 'alibaba_mosflow_work_queryvariables_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
