// Generated from specs/alihouse/alibaba.alihouse.newhome.project.adviser.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.project.adviser.delete` (删除楼盘顾问). */
export interface AlibabaAlihouseNewhomeProjectAdviserDeleteRequest {
  /** 外部顾问ID */
  outer_consultant_id?: string;
  /** 版本号，请求时间戳 */
  version?: Int64Input;
  /** 外部门店ID */
  outer_store_id?: string;
}

/** Response of `alibaba.alihouse.newhome.project.adviser.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeProjectAdviserDeleteResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeProjectAdviserDeleteResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.project.adviser.delete`. */
export interface AlibabaAlihouseNewhomeProjectAdviserDeleteResult {
  /** 返回记过 */
  data?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  outer_consultant_id: 'String',
  version: 'Number',
  outer_store_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.project.adviser.delete`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeProjectAdviserDeleteOperation = {
  method: 'alibaba.alihouse.newhome.project.adviser.delete',
  responseRoot: 'alibaba_alihouse_newhome_project_adviser_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除楼盘顾问 — calls TOP method `alibaba.alihouse.newhome.project.adviser.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeProjectAdviserDelete(
  client: TopClient,
  request: AlibabaAlihouseNewhomeProjectAdviserDeleteRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeProjectAdviserDeleteResponse> {
  return client.call<AlibabaAlihouseNewhomeProjectAdviserDeleteResponse>(
    {
      method: 'alibaba.alihouse.newhome.project.adviser.delete',
      responseRoot: 'alibaba_alihouse_newhome_project_adviser_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
