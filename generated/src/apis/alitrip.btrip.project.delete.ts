// Generated from specs/btrip/alitrip.btrip.project.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.project.delete` (删除项目). */
export interface AlitripBtripProjectDeleteRequest {
  /** 请求对象 */
  rq: AlitripBtripProjectDeleteOpenProjectRqInput;
}

/** Response of `alitrip.btrip.project.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripProjectDeleteResponse {
  /** 结果 */
  result?: boolean;
  /** 结果码 */
  result_code?: Int64;
  /** 结果信息 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenProjectRq` of `alitrip.btrip.project.delete`. */
export interface AlitripBtripProjectDeleteOpenProjectRqInput {
  /** 第三方企业id */
  corp_id: string;
  /** 第三方项目ID */
  third_part_id: string;
  /** 商旅开放平台传2 */
  version?: Int64Input;
}

const REQUEST_SCHEMA = {
  rq: {
    corp_id: 'String',
    third_part_id: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  result_code: 'Number',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.project.delete`: method, response root, request and response schemas. */
export const alitripBtripProjectDeleteOperation = {
  method: 'alitrip.btrip.project.delete',
  responseRoot: 'alitrip_btrip_project_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除项目 — calls TOP method `alitrip.btrip.project.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripProjectDelete(
  client: TopClient,
  request: AlitripBtripProjectDeleteRequest,
  options?: CallOptions,
): Promise<AlitripBtripProjectDeleteResponse> {
  return client.call<AlitripBtripProjectDeleteResponse>(
    {
      method: 'alitrip.btrip.project.delete',
      responseRoot: 'alitrip_btrip_project_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
