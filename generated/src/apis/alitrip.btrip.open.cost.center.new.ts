// Generated from specs/btrip/alitrip.btrip.open.cost.center.new.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.open.cost.center.new` (新增成本中心). */
export interface AlitripBtripOpenCostCenterNewRequest {
  /** 入参对象 */
  rq: AlitripBtripOpenCostCenterNewOpenCostCenterSaveRqInput;
}

/** Response of `alitrip.btrip.open.cost.center.new`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripOpenCostCenterNewResponse {
  /** 成本中心对象 */
  module?: AlitripBtripOpenCostCenterNewOpenCostCenterSaveRs;
  /** 结果码 */
  result_code?: Int64;
  /** 结果描述 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenCostCenterSaveRq` of `alitrip.btrip.open.cost.center.new`. */
export interface AlitripBtripOpenCostCenterNewOpenCostCenterSaveRqInput {
  /** 绑定支付宝账号 */
  alipay_no?: string;
  /** 第三方企业id */
  corp_id: string;
  /** 第三方成本中心编号 */
  number?: string;
  /** 适用范围:1全员，2部分人员 */
  scope: Int64Input;
  /** 第三方成本中心id */
  thirdpart_id: string;
  /** 成本中心名称 */
  title: string;
  /** 商旅开放平台传2 */
  version?: Int64Input;
}

/** `OpenCostCenterSaveRs` of `alitrip.btrip.open.cost.center.new`. */
export interface AlitripBtripOpenCostCenterNewOpenCostCenterSaveRs {
  /** 商旅横版中心id */
  id?: Int64;
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
  module: {
    id: 'Number',
  },
  result_code: 'Number',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.open.cost.center.new`: method, response root, request and response schemas. */
export const alitripBtripOpenCostCenterNewOperation = {
  method: 'alitrip.btrip.open.cost.center.new',
  responseRoot: 'alitrip_btrip_open_cost_center_new_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增成本中心 — calls TOP method `alitrip.btrip.open.cost.center.new`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripOpenCostCenterNew(
  client: TopClient,
  request: AlitripBtripOpenCostCenterNewRequest,
  options?: CallOptions,
): Promise<AlitripBtripOpenCostCenterNewResponse> {
  return client.call<AlitripBtripOpenCostCenterNewResponse>(
    {
      method: 'alitrip.btrip.open.cost.center.new',
      responseRoot: 'alitrip_btrip_open_cost_center_new_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
