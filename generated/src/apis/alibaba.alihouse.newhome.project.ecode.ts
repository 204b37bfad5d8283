// Generated from specs/alihouse/alibaba.alihouse.newhome.project.ecode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.project.ecode` (楼盘e码更新). */
export interface AlibabaAlihouseNewhomeProjectEcodeRequest {
  /** 楼盘外部id */
  outer_id: string;
  /** 楼盘e码 */
  e_code: string;
  /** 外部门店ID */
  outer_store_id?: string;
}

/** Response of `alibaba.alihouse.newhome.project.ecode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeProjectEcodeResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeProjectEcodeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.project.ecode`. */
export interface AlibabaAlihouseNewhomeProjectEcodeResult {
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
  outer_id: 'String',
  e_code: 'String',
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

/** Static description of `alibaba.alihouse.newhome.project.ecode`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeProjectEcodeOperation = {
  method: 'alibaba.alihouse.newhome.project.ecode',
  responseRoot: 'alibaba_alihouse_newhome_project_ecode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 楼盘e码更新 — calls TOP method `alibaba.alihouse.newhome.project.ecode`.
 *
 * 更新楼盘ecode
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeProjectEcode(
  client: TopClient,
  request: AlibabaAlihouseNewhomeProjectEcodeRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeProjectEcodeResponse> {
  return client.call<AlibabaAlihouseNewhomeProjectEcodeResponse>(
    {
      method: 'alibaba.alihouse.newhome.project.ecode',
      responseRoot: 'alibaba_alihouse_newhome_project_ecode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
