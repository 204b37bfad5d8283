// Generated from specs/alicom/alibaba.alicom.order.preauthorize.query.fund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alicom.order.preauthorize.query.fund` (资金流水查询). */
export interface AlibabaAlicomOrderPreauthorizeQueryFundRequest {
  /** 入参 */
  pre_authorize_model?: AlibabaAlicomOrderPreauthorizeQueryFundPreAuthorizeModelInput;
}

/** Response of `alibaba.alicom.order.preauthorize.query.fund`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlicomOrderPreauthorizeQueryFundResponse {
  /** 接口结果 */
  result?: AlibabaAlicomOrderPreauthorizeQueryFundCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PreAuthorizeModel` of `alibaba.alicom.order.preauthorize.query.fund`. */
export interface AlibabaAlicomOrderPreauthorizeQueryFundPreAuthorizeModelInput {
  /** 淘宝订单号 */
  tid: string;
  /** 扩展json */
  ext?: string;
}

/** `CommonResult` of `alibaba.alicom.order.preauthorize.query.fund`. */
export interface AlibabaAlicomOrderPreauthorizeQueryFundCommonResult {
  /** 返回结果 */
  model?: string | Record<string, unknown>;
  /** 描述 */
  desc?: string;
  /** 错误码 */
  code?: string;
  /** 接口返回成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  pre_authorize_model: {
    tid: 'String',
    ext: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Json',
    desc: 'String',
    code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alicom.order.preauthorize.query.fund`: method, response root, request and response schemas. */
export const alibabaAlicomOrderPreauthorizeQueryFundOperation = {
  method: 'alibaba.alicom.order.preauthorize.query.fund',
  responseRoot: 'alibaba_alicom_order_preauthorize_query_fund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 资金流水查询 — calls TOP method `alibaba.alicom.order.preauthorize.query.fund`.
 *
 * 预授权-资金流水查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlicomOrderPreauthorizeQueryFund(
  client: TopClient,
  request: AlibabaAlicomOrderPreauthorizeQueryFundRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlicomOrderPreauthorizeQueryFundResponse> {
  return client.call<AlibabaAlicomOrderPreauthorizeQueryFundResponse>(
    {
      method: 'alibaba.alicom.order.preauthorize.query.fund',
      responseRoot: 'alibaba_alicom_order_preauthorize_query_fund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
