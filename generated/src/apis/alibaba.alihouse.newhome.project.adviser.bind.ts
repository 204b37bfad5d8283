// Generated from specs/alihouse/alibaba.alihouse.newhome.project.adviser.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.project.adviser.bind` (置业顾问批量绑定楼盘). */
export interface AlibabaAlihouseNewhomeProjectAdviserBindRequest {
  /** 对象 */
  project_adviser_bind_dto: AlibabaAlihouseNewhomeProjectAdviserBindProjectAdviserBindDTOInput;
  /** 状态：0无效，1有效 */
  status: Int64Input;
}

/** Response of `alibaba.alihouse.newhome.project.adviser.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeProjectAdviserBindResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeProjectAdviserBindResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProjectAdviserBindDTO` of `alibaba.alihouse.newhome.project.adviser.bind`. */
export interface AlibabaAlihouseNewhomeProjectAdviserBindProjectAdviserBindDTOInput {
  /** 外部顾问id */
  outer_consultant_id: string;
  /** 外部楼盘id */
  outer_id: string;
  /** 外部门店ID */
  outer_store_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.project.adviser.bind`. */
export interface AlibabaAlihouseNewhomeProjectAdviserBindResult {
  /** code */
  code?: string;
  /** message */
  message?: string;
  /** 是否成功 */
  success?: boolean;
  /** 操作结果 */
  data?: AlibabaAlihouseNewhomeProjectAdviserBindProjectAdviserBindResultDTO[];
}

/** `ProjectAdviserBindResultDTO` of `alibaba.alihouse.newhome.project.adviser.bind`. */
export interface AlibabaAlihouseNewhomeProjectAdviserBindProjectAdviserBindResultDTO {
  /** 外部顾问id */
  outer_consultant_id?: string;
  /** 外部楼盘id */
  outer_id?: string;
  /** 错误码 */
  code?: string;
  /** 失败原因 */
  message?: string;
}

const REQUEST_SCHEMA = {
  project_adviser_bind_dto: {
    outer_consultant_id: 'String',
    outer_id: 'String',
    outer_store_id: 'String',
  },
  status: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    success: 'Boolean',
    data: [
      {
        outer_consultant_id: 'String',
        outer_id: 'String',
        code: 'String',
        message: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.project.adviser.bind`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeProjectAdviserBindOperation = {
  method: 'alibaba.alihouse.newhome.project.adviser.bind',
  responseRoot: 'alibaba_alihouse_newhome_project_adviser_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 置业顾问批量绑定楼盘 — calls TOP method `alibaba.alihouse.newhome.project.adviser.bind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeProjectAdviserBind(
  client: TopClient,
  request: AlibabaAlihouseNewhomeProjectAdviserBindRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeProjectAdviserBindResponse> {
  return client.call<AlibabaAlihouseNewhomeProjectAdviserBindResponse>(
    {
      method: 'alibaba.alihouse.newhome.project.adviser.bind',
      responseRoot: 'alibaba_alihouse_newhome_project_adviser_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
