// Generated from specs/btrip/alitrip.btrip.cost.center.transfer.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.cost.center.transfer` (商旅成本中心转换为外部成本中心). */
export interface AlitripBtripCostCenterTransferRequest {
  /** 请求对象 */
  rq: AlitripBtripCostCenterTransferOpenCostCenterTransferRqInput;
}

/** Response of `alitrip.btrip.cost.center.transfer`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCostCenterTransferResponse {
  /** 返回对象 */
  result?: AlitripBtripCostCenterTransferBcmcResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenCostCenterTransferRq` of `alitrip.btrip.cost.center.transfer`. */
export interface AlitripBtripCostCenterTransferOpenCostCenterTransferRqInput {
  /** 第三方成本中心id */
  thirdpart_id: string;
  /** 商旅成本中心id */
  cost_center_id: Int64Input;
  /** 企业id */
  corp_id: string;
}

/** `BcmcResult` of `alitrip.btrip.cost.center.transfer`. */
export interface AlitripBtripCostCenterTransferBcmcResult {
  /** 错误信息 */
  result_msg?: string;
  /** 错误码 */
  result_code?: Int64;
  /** 成功标识 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  rq: {
    thirdpart_id: 'String',
    cost_center_id: 'Number',
    corp_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_msg: 'String',
    result_code: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.cost.center.transfer`: method, response root, request and response schemas. */
export const alitripBtripCostCenterTransferOperation = {
  method: 'alitrip.btrip.cost.center.transfer',
  responseRoot: 'alitrip_btrip_cost_center_transfer_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅成本中心转换为外部成本中心 — calls TOP method `alitrip.btrip.cost.center.transfer`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCostCenterTransfer(
  client: TopClient,
  request: AlitripBtripCostCenterTransferRequest,
  options?: CallOptions,
): Promise<AlitripBtripCostCenterTransferResponse> {
  return client.call<AlitripBtripCostCenterTransferResponse>(
    {
      method: 'alitrip.btrip.cost.center.transfer',
      responseRoot: 'alitrip_btrip_cost_center_transfer_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
