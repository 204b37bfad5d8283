// Generated from specs/btrip/alitrip.btrip.cost.center.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.cost.center.delete` (删除外部成本中心). */
export interface AlitripBtripCostCenterDeleteRequest {
  /** 请求对象 */
  rq: AlitripBtripCostCenterDeleteOpenCostCenterDeleteRqInput;
}

/** Response of `alitrip.btrip.cost.center.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCostCenterDeleteResponse {
  /** 返回对象 */
  result?: AlitripBtripCostCenterDeleteBtriphomeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenCostCenterDeleteRq` of `alitrip.btrip.cost.center.delete`. */
export interface AlitripBtripCostCenterDeleteOpenCostCenterDeleteRqInput {
  /** 第三方成本中心id */
  thirdpart_id: string;
  /** 企业id */
  corp_id: string;
}

/** `BtriphomeResult` of `alitrip.btrip.cost.center.delete`. */
export interface AlitripBtripCostCenterDeleteBtriphomeResult {
  /** 错误码 */
  result_code?: Int64;
  /** 错误消息 */
  result_msg?: string;
  /** 成功标识 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  rq: {
    thirdpart_id: 'String',
    corp_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.cost.center.delete`: method, response root, request and response schemas. */
export const alitripBtripCostCenterDeleteOperation = {
  method: 'alitrip.btrip.cost.center.delete',
  responseRoot: 'alitrip_btrip_cost_center_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除外部成本中心 — calls TOP method `alitrip.btrip.cost.center.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCostCenterDelete(
  client: TopClient,
  request: AlitripBtripCostCenterDeleteRequest,
  options?: CallOptions,
): Promise<AlitripBtripCostCenterDeleteResponse> {
  return client.call<AlitripBtripCostCenterDeleteResponse>(
    {
      method: 'alitrip.btrip.cost.center.delete',
      responseRoot: 'alitrip_btrip_cost_center_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
