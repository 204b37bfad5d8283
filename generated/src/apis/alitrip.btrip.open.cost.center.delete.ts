// Generated from specs/btrip/alitrip.btrip.open.cost.center.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.open.cost.center.delete` (删除成本中心). */
export interface AlitripBtripOpenCostCenterDeleteRequest {
  /** 入参对象 */
  rq?: AlitripBtripOpenCostCenterDeleteOpenCostCenterDeleteRqInput;
}

/** Response of `alitrip.btrip.open.cost.center.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripOpenCostCenterDeleteResponse {
  /** 结果码 */
  result_code?: Int64;
  /** 结果描述 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenCostCenterDeleteRq` of `alitrip.btrip.open.cost.center.delete`. */
export interface AlitripBtripOpenCostCenterDeleteOpenCostCenterDeleteRqInput {
  /** 第三方企业id */
  corp_id: string;
  /** 第三方成本中心id */
  thirdpart_id: string;
  /** 商旅开放平台传2 */
  version?: Int64Input;
}

const REQUEST_SCHEMA = {
  rq: {
    corp_id: 'String',
    thirdpart_id: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'Number',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.open.cost.center.delete`: method, response root, request and response schemas. */
export const alitripBtripOpenCostCenterDeleteOperation = {
  method: 'alitrip.btrip.open.cost.center.delete',
  responseRoot: 'alitrip_btrip_open_cost_center_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除成本中心 — calls TOP method `alitrip.btrip.open.cost.center.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripOpenCostCenterDelete(
  client: TopClient,
  request: AlitripBtripOpenCostCenterDeleteRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripOpenCostCenterDeleteResponse> {
  return client.call<AlitripBtripOpenCostCenterDeleteResponse>(
    {
      method: 'alitrip.btrip.open.cost.center.delete',
      responseRoot: 'alitrip_btrip_open_cost_center_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
