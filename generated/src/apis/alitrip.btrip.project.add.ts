// Generated from specs/btrip/alitrip.btrip.project.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.project.add` (添加项目). */
export interface AlitripBtripProjectAddRequest {
  /** 请求对象 */
  rq: AlitripBtripProjectAddOpenProjectRqInput;
}

/** Response of `alitrip.btrip.project.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripProjectAddResponse {
  /** 结果 */
  result?: Int64;
  /** 结果码 */
  result_code?: Int64;
  /** 结果信息 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenProjectRq` of `alitrip.btrip.project.add`. */
export interface AlitripBtripProjectAddOpenProjectRqInput {
  /** 项目代码 */
  code: string;
  /** 第三方企业id */
  corp_id: string;
  /** 项目名称 */
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
  result: 'Number',
  result_code: 'Number',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.project.add`: method, response root, request and response schemas. */
export const alitripBtripProjectAddOperation = {
  method: 'alitrip.btrip.project.add',
  responseRoot: 'alitrip_btrip_project_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 添加项目 — calls TOP method `alitrip.btrip.project.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripProjectAdd(
  client: TopClient,
  request: AlitripBtripProjectAddRequest,
  options?: CallOptions,
): Promise<AlitripBtripProjectAddResponse> {
  return client.call<AlitripBtripProjectAddResponse>(
    {
      method: 'alitrip.btrip.project.add',
      responseRoot: 'alitrip_btrip_project_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
