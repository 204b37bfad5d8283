// Generated from specs/btrip/alitrip.btrip.project.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.project.modify` (变更项目). */
export interface AlitripBtripProjectModifyRequest {
  /** 请求对象 */
  rq: AlitripBtripProjectModifyOpenProjectRqInput;
}

/** Response of `alitrip.btrip.project.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripProjectModifyResponse {
  /** 结果 */
  result?: boolean;
  /** 结果码 */
  result_code?: Int64;
  /** 结果信息 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenProjectRq` of `alitrip.btrip.project.modify`. */
export interface AlitripBtripProjectModifyOpenProjectRqInput {
  /** 项目代码 */
  code?: string;
  /** 第三方企业id */
  corp_id: string;
  /** 项目名 */
  project_name: string;
  /** 第三方成本中心id */
  third_part_cost_center_id?: string;
  /** 第三方项目id */
  third_part_id: string;
  /** 第三方发票id */
  third_part_invoice_id?: string;
  /** 商旅开放平台传2 */
  version?: Int64Input;
}

const REQUEST_SCHEMA = {
  rq: {
    code: 'String',
    corp_id: 'String',
    project_name: 'String',
    third_part_cost_center_id: 'String',
    third_part_id: 'String',
    third_part_invoice_id: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  result_code: 'Number',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.project.modify`: method, response root, request and response schemas. */
export const alitripBtripProjectModifyOperation = {
  method: 'alitrip.btrip.project.modify',
  responseRoot: 'alitrip_btrip_project_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 变更项目 — calls TOP method `alitrip.btrip.project.modify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripProjectModify(
  client: TopClient,
  request: AlitripBtripProjectModifyRequest,
  options?: CallOptions,
): Promise<AlitripBtripProjectModifyResponse> {
  return client.call<AlitripBtripProjectModifyResponse>(
    {
      method: 'alitrip.btrip.project.modify',
      responseRoot: 'alitrip_btrip_project_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
