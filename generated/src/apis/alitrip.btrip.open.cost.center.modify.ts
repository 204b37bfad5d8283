// Generated from specs/btrip/alitrip.btrip.open.cost.center.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.open.cost.center.modify` (修改成本中心). */
export interface AlitripBtripOpenCostCenterModifyRequest {
  /** 入参对象 */
  rq: AlitripBtripOpenCostCenterModifyOpenCostCenterModifyRqInput;
}

/** Response of `alitrip.btrip.open.cost.center.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripOpenCostCenterModifyResponse {
  /** 结果码 */
  result_code?: Int64;
  /** 结果描述 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenCostCenterModifyRq` of `alitrip.btrip.open.cost.center.modify`. */
export interface AlitripBtripOpenCostCenterModifyOpenCostCenterModifyRqInput {
  /** 绑定支付宝账号 */
  alipay_no?: string;
  /** 第三方企业id */
  corp_id: string;
  /** 成本中心编号 */
  number?: string;
  /** 适用范围: 1全员，2部分员工 */
  scope: Int64Input;
  /** 第三方成本中心id */
  thirdpart_id: string;
  /** 成本中心名称 */
  title: string;
  /** 商旅开放平台传2 */
  version?: Int64Input;
}

const REQUEST_SCHEMA = {
  rq: {
    alipay_no: 'String',
    corp_id: 'String',
    number: 'String',
    scope: 'Number',
    thirdpart_id: 'String',
    title: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'Number',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.open.cost.center.modify`: method, response root, request and response schemas. */
export const alitripBtripOpenCostCenterModifyOperation = {
  method: 'alitrip.btrip.open.cost.center.modify',
  responseRoot: 'alitrip_btrip_open_cost_center_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改成本中心 — calls TOP method `alitrip.btrip.open.cost.center.modify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripOpenCostCenterModify(
  client: TopClient,
  request: AlitripBtripOpenCostCenterModifyRequest,
  options?: CallOptions,
): Promise<AlitripBtripOpenCostCenterModifyResponse> {
  return client.call<AlitripBtripOpenCostCenterModifyResponse>(
    {
      method: 'alitrip.btrip.open.cost.center.modify',
      responseRoot: 'alitrip_btrip_open_cost_center_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
