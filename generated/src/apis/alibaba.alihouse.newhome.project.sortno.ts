// Generated from specs/alihouse/alibaba.alihouse.newhome.project.sortno.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.project.sortno` (新房排序值同步). */
export interface AlibabaAlihouseNewhomeProjectSortnoRequest {
  /** 排序值请求对象 */
  update_sort_no_dto: AlibabaAlihouseNewhomeProjectSortnoUpdateSortNoDtoInput;
}

/** Response of `alibaba.alihouse.newhome.project.sortno`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeProjectSortnoResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeProjectSortnoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateSortNoDto` of `alibaba.alihouse.newhome.project.sortno`. */
export interface AlibabaAlihouseNewhomeProjectSortnoUpdateSortNoDtoInput {
  /** 楼盘外部id */
  outer_id: string;
  /** 排序值 大于等于10的数字 */
  sort_no: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.project.sortno`. */
export interface AlibabaAlihouseNewhomeProjectSortnoResult {
  /** code */
  code?: string;
  /** message */
  message?: string;
  /** 是否成功 */
  success?: boolean;
  /** 返回素材id */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  update_sort_no_dto: {
    outer_id: 'String',
    sort_no: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    success: 'Boolean',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.project.sortno`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeProjectSortnoOperation = {
  method: 'alibaba.alihouse.newhome.project.sortno',
  responseRoot: 'alibaba_alihouse_newhome_project_sortno_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新房排序值同步 — calls TOP method `alibaba.alihouse.newhome.project.sortno`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeProjectSortno(
  client: TopClient,
  request: AlibabaAlihouseNewhomeProjectSortnoRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeProjectSortnoResponse> {
  return client.call<AlibabaAlihouseNewhomeProjectSortnoResponse>(
    {
      method: 'alibaba.alihouse.newhome.project.sortno',
      responseRoot: 'alibaba_alihouse_newhome_project_sortno_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
