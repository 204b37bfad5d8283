// Generated from specs/alihouse/alibaba.alihouse.newhome.project.line.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.project.line` (楼盘上下架). */
export interface AlibabaAlihouseNewhomeProjectLineRequest {
  /** 外部门店ID */
  outer_store_id?: string;
  /** 外部楼盘ID */
  outer_id: string;
  /** 0-下架 1-上架 */
  type: number;
}

/** Response of `alibaba.alihouse.newhome.project.line`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeProjectLineResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeProjectLineResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.project.line`. */
export interface AlibabaAlihouseNewhomeProjectLineResult {
  /** 返回素材id */
  data?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  outer_store_id: 'String',
  outer_id: 'String',
  type: 'byte',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.project.line`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeProjectLineOperation = {
  method: 'alibaba.alihouse.newhome.project.line',
  responseRoot: 'alibaba_alihouse_newhome_project_line_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 楼盘上下架 — calls TOP method `alibaba.alihouse.newhome.project.line`.
 *
 * 上下架楼盘
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeProjectLine(
  client: TopClient,
  request: AlibabaAlihouseNewhomeProjectLineRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeProjectLineResponse> {
  return client.call<AlibabaAlihouseNewhomeProjectLineResponse>(
    {
      method: 'alibaba.alihouse.newhome.project.line',
      responseRoot: 'alibaba_alihouse_newhome_project_line_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
