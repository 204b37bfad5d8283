// Generated from specs/btrip/alitrip.btrip.open.cost.center.transfer.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.open.cost.center.transfer` (商旅成本中心转换为外部成本中心). */
export interface AlitripBtripOpenCostCenterTransferRequest {
  /** 入参对象 */
  rq?: AlitripBtripOpenCostCenterTransferOpenCostCenterTransferRqInput;
}

/** Response of `alitrip.btrip.open.cost.center.transfer`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripOpenCostCenterTransferResponse {
  /** 结果码 */
  result_code?: Int64;
  /** 结果描述 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenCostCenterTransferRq` of `alitrip.btrip.open.cost.center.transfer`. */
export interface AlitripBtripOpenCostCenterTransferOpenCostCenterTransferRqInput {
  /** 第三方企业id */
  corp_id?: string;
  /** 商旅成本中心id */
  cost_center_id?: Int64Input;
  /** 第三方成本中心id */
  thirdpart_id: string;
  /** 商旅开放平台传2 */
  version?: Int64Input;
}

const REQUEST_SCHEMA = {
  rq: {
    corp_id: 'String',
    cost_center_id: 'Number',
    thirdpart_id: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'Number',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.open.cost.center.transfer`: method, response root, request and response schemas. */
export const alitripBtripOpenCostCenterTransferOperation = {
  method: 'alitrip.btrip.open.cost.center.transfer',
  responseRoot: 'alitrip_btrip_open_cost_center_transfer_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅成本中心转换为外部成本中心 — calls TOP method `alitrip.btrip.open.cost.center.transfer`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripOpenCostCenterTransfer(
  client: TopClient,
  request: AlitripBtripOpenCostCenterTransferRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripOpenCostCenterTransferResponse> {
  return client.call<AlitripBtripOpenCostCenterTransferResponse>(
    {
      method: 'alitrip.btrip.open.cost.center.transfer',
      responseRoot: 'alitrip_btrip_open_cost_center_transfer_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
