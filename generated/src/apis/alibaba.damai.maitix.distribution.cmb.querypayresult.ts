// Generated from specs/maitix/alibaba.damai.maitix.distribution.cmb.querypayresult.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.maitix.distribution.cmb.querypayresult` (查询招行支付状态api). */
export interface AlibabaDamaiMaitixDistributionCmbQuerypayresultRequest {
  /** 入参param */
  param?: AlibabaDamaiMaitixDistributionCmbQuerypayresultQueryPayResultParamInput;
}

/** Response of `alibaba.damai.maitix.distribution.cmb.querypayresult`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMaitixDistributionCmbQuerypayresultResponse {
  /** 返回结果 */
  result?: AlibabaDamaiMaitixDistributionCmbQuerypayresultOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryPayResultParam` of `alibaba.damai.maitix.distribution.cmb.querypayresult`. */
export interface AlibabaDamaiMaitixDistributionCmbQuerypayresultQueryPayResultParamInput {
  /** 订单金额 */
  amount?: string;
  /** 大麦订单号 */
  damai_order_no?: Int64Input;
  /** 订单日期 */
  date?: string;
  /** 订单号 */
  order_no?: string;
}

/** `OpenResult` of `alibaba.damai.maitix.distribution.cmb.querypayresult`. */
export interface AlibabaDamaiMaitixDistributionCmbQuerypayresultOpenResult {
  /** 错误码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
  /** 返回结果 */
  model?: boolean;
  /** 请求是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param: {
    amount: 'String',
    damai_order_no: 'Number',
    date: 'String',
    order_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    model: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.maitix.distribution.cmb.querypayresult`: method, response root, request and response schemas. */
export const alibabaDamaiMaitixDistributionCmbQuerypayresultOperation = {
  method: 'alibaba.damai.maitix.distribution.cmb.querypayresult',
  responseRoot: 'alibaba_damai_maitix_distribution_cmb_querypayresult_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询招行支付状态api — calls TOP method `alibaba.damai.maitix.distribution.cmb.querypayresult`.
 *
 * queryPayResult
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMaitixDistributionCmbQuerypayresult(
  client: TopClient,
  request: AlibabaDamaiMaitixDistributionCmbQuerypayresultRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMaitixDistributionCmbQuerypayresultResponse> {
  return client.call<AlibabaDamaiMaitixDistributionCmbQuerypayresultResponse>(
    {
      method: 'alibaba.damai.maitix.distribution.cmb.querypayresult',
      responseRoot: 'alibaba_damai_maitix_distribution_cmb_querypayresult_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
