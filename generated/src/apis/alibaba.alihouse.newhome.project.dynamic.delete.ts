// Generated from specs/alihouse/alibaba.alihouse.newhome.project.dynamic.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.project.dynamic.delete` (楼盘快讯删除). */
export interface AlibabaAlihouseNewhomeProjectDynamicDeleteRequest {
  /** 外部动态ID */
  outer_dynamic_id?: string;
  /** 外部门店ID */
  outer_store_id?: string;
}

/** Response of `alibaba.alihouse.newhome.project.dynamic.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeProjectDynamicDeleteResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeProjectDynamicDeleteResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.project.dynamic.delete`. */
export interface AlibabaAlihouseNewhomeProjectDynamicDeleteResult {
  /** 返回结果 */
  data?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  outer_dynamic_id: 'String',
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

/** Static description of `alibaba.alihouse.newhome.project.dynamic.delete`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeProjectDynamicDeleteOperation = {
  method: 'alibaba.alihouse.newhome.project.dynamic.delete',
  responseRoot: 'alibaba_alihouse_newhome_project_dynamic_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 楼盘快讯删除 — calls TOP method `alibaba.alihouse.newhome.project.dynamic.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeProjectDynamicDelete(
  client: TopClient,
  request: AlibabaAlihouseNewhomeProjectDynamicDeleteRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeProjectDynamicDeleteResponse> {
  return client.call<AlibabaAlihouseNewhomeProjectDynamicDeleteResponse>(
    {
      method: 'alibaba.alihouse.newhome.project.dynamic.delete',
      responseRoot: 'alibaba_alihouse_newhome_project_dynamic_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
