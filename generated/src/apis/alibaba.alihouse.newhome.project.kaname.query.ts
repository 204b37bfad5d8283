// Generated from specs/alihouse/alibaba.alihouse.newhome.project.kaname.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.project.kaname.query` (查询KA楼盘名称). */
export interface AlibabaAlihouseNewhomeProjectKanameQueryRequest {
  /** KA楼盘ID */
  ka_project_mid?: Int64Input;
}

/** Response of `alibaba.alihouse.newhome.project.kaname.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeProjectKanameQueryResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeProjectKanameQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.project.kaname.query`. */
export interface AlibabaAlihouseNewhomeProjectKanameQueryResult {
  /** 返回对象 */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  ka_project_mid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.project.kaname.query`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeProjectKanameQueryOperation = {
  method: 'alibaba.alihouse.newhome.project.kaname.query',
  responseRoot: 'alibaba_alihouse_newhome_project_kaname_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询KA楼盘名称 — calls TOP method `alibaba.alihouse.newhome.project.kaname.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeProjectKanameQuery(
  client: TopClient,
  request: AlibabaAlihouseNewhomeProjectKanameQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeProjectKanameQueryResponse> {
  return client.call<AlibabaAlihouseNewhomeProjectKanameQueryResponse>(
    {
      method: 'alibaba.alihouse.newhome.project.kaname.query',
      responseRoot: 'alibaba_alihouse_newhome_project_kaname_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
