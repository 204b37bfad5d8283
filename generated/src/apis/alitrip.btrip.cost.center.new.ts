// Generated from specs/btrip/alitrip.btrip.cost.center.new.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.cost.center.new` (新建外部成本中心). */
export interface AlitripBtripCostCenterNewRequest {
  /** 请求对象 */
  rq: AlitripBtripCostCenterNewOpenCostCenterSaveRqInput;
}

/** Response of `alitrip.btrip.cost.center.new`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCostCenterNewResponse {
  /** 返回对象 */
  result?: AlitripBtripCostCenterNewBtriphomeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenCostCenterSaveRq` of `alitrip.btrip.cost.center.new`. */
export interface AlitripBtripCostCenterNewOpenCostCenterSaveRqInput {
  /** 绑定支付宝账号 */
  alipay_no?: string;
  /** 成本中心名称 */
  title: string;
  /** 适用范围:1全员，2部分人员 */
  scope: Int64Input;
  /** 第三方成本中心id */
  thirdpart_id: string;
  /** 第三方成本中心编号 */
  number?: string;
  /** 企业id */
  corp_id: string;
}

/** `BtriphomeResult` of `alitrip.btrip.cost.center.new`. */
export interface AlitripBtripCostCenterNewBtriphomeResult {
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 成功标识 */
  success?: boolean;
  /** 成本中心对象 */
  module?: AlitripBtripCostCenterNewOpenCostCenterSaveRs;
}

/** `OpenCostCenterSaveRs` of `alitrip.btrip.cost.center.new`. */
export interface AlitripBtripCostCenterNewOpenCostCenterSaveRs {
  /** 商旅成本中心id */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  rq: {
    alipay_no: 'String',
    title: 'String',
    scope: 'Number',
    thirdpart_id: 'String',
    number: 'String',
    corp_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
    module: {
      id: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.cost.center.new`: method, response root, request and response schemas. */
export const alitripBtripCostCenterNewOperation = {
  method: 'alitrip.btrip.cost.center.new',
  responseRoot: 'alitrip_btrip_cost_center_new_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新建外部成本中心 — calls TOP method `alitrip.btrip.cost.center.new`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCostCenterNew(
  client: TopClient,
  request: AlitripBtripCostCenterNewRequest,
  options?: CallOptions,
): Promise<AlitripBtripCostCenterNewResponse> {
  return client.call<AlitripBtripCostCenterNewResponse>(
    {
      method: 'alitrip.btrip.cost.center.new',
      responseRoot: 'alitrip_btrip_cost_center_new_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
