// Generated from specs/btrip/alitrip.btrip.cost.center.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.cost.center.get` (获取用户费用归属). */
export interface AlitripBtripCostCenterGetRequest {
  /** 企业id */
  corp_id: string;
  /** 用户id */
  user_id: string;
}

/** Response of `alitrip.btrip.cost.center.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCostCenterGetResponse {
  /** result */
  result?: AlitripBtripCostCenterGetBtriphomeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtriphomeResult` of `alitrip.btrip.cost.center.get`. */
export interface AlitripBtripCostCenterGetBtriphomeResult {
  /** resultCode */
  result_code?: Int64;
  /** resultMsg */
  result_msg?: string;
  /** success */
  success?: boolean;
  /** module */
  cost_center_list?: AlitripBtripCostCenterGetCostCenterList[];
}

/** `CostCenterList` of `alitrip.btrip.cost.center.get`. */
export interface AlitripBtripCostCenterGetCostCenterList {
  /** id */
  id?: Int64;
  /** corpId */
  corp_id?: string;
  /** number */
  number?: string;
  /** name */
  name?: string;
}

const REQUEST_SCHEMA = {
  corp_id: 'String',
  user_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
    cost_center_list: [
      {
        id: 'Number',
        corp_id: 'String',
        number: 'String',
        name: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.cost.center.get`: method, response root, request and response schemas. */
export const alitripBtripCostCenterGetOperation = {
  method: 'alitrip.btrip.cost.center.get',
  responseRoot: 'alitrip_btrip_cost_center_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取用户费用归属 — calls TOP method `alitrip.btrip.cost.center.get`.
 *
 * 获取差旅申请用户的费用归属列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCostCenterGet(
  client: TopClient,
  request: AlitripBtripCostCenterGetRequest,
  options?: CallOptions,
): Promise<AlitripBtripCostCenterGetResponse> {
  return client.call<AlitripBtripCostCenterGetResponse>(
    {
      method: 'alitrip.btrip.cost.center.get',
      responseRoot: 'alitrip_btrip_cost_center_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
