// Generated from specs/servicecenter/tmall.servicecenter.tp.funds.recover.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.tp.funds.recover.query` (服务商资金权益逆向扣回的查询接口). */
export interface TmallServicecenterTpFundsRecoverQueryRequest {
  /** query入参 */
  query: TmallServicecenterTpFundsRecoverQueryTpFundsRecoverQueryInput;
}

/** Response of `tmall.servicecenter.tp.funds.recover.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterTpFundsRecoverQueryResponse {
  /** result */
  result?: TmallServicecenterTpFundsRecoverQueryResultBase;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TpFundsRecoverQuery` of `tmall.servicecenter.tp.funds.recover.query`. */
export interface TmallServicecenterTpFundsRecoverQueryTpFundsRecoverQueryInput {
  /** 订单ID */
  biz_order_id: Int64Input;
}

/** `ResultBase` of `tmall.servicecenter.tp.funds.recover.query`. */
export interface TmallServicecenterTpFundsRecoverQueryResultBase {
  /** value */
  value?: TmallServicecenterTpFundsRecoverQueryTpFundsRecoverResultDo;
  /** errorMsg */
  error_msg?: string;
  /** errorCode */
  error_code?: Int64;
  /** 查询接口是否OK */
  success?: boolean;
}

/** `TpFundsRecoverResultDo` of `tmall.servicecenter.tp.funds.recover.query`. */
export interface TmallServicecenterTpFundsRecoverQueryTpFundsRecoverResultDo {
  /** 实际扣回金额，单位分 */
  actual_recover_amount?: Int64;
  /** 应扣回金额，单位分 */
  to_recover_amount?: Int64;
  /** 订单ID */
  biz_order_id?: Int64;
}

const REQUEST_SCHEMA = {
  query: {
    biz_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    value: {
      actual_recover_amount: 'Number',
      to_recover_amount: 'Number',
      biz_order_id: 'Number',
    },
    error_msg: 'String',
    error_code: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.tp.funds.recover.query`: method, response root, request and response schemas. */
export const tmallServicecenterTpFundsRecoverQueryOperation = {
  method: 'tmall.servicecenter.tp.funds.recover.query',
  responseRoot: 'tmall_servicecenter_tp_funds_recover_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商资金权益逆向扣回的查询接口 — calls TOP method `tmall.servicecenter.tp.funds.recover.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterTpFundsRecoverQuery(
  client: TopClient,
  request: TmallServicecenterTpFundsRecoverQueryRequest,
  options?: CallOptions,
): Promise<TmallServicecenterTpFundsRecoverQueryResponse> {
  return client.call<TmallServicecenterTpFundsRecoverQueryResponse>(
    {
      method: 'tmall.servicecenter.tp.funds.recover.query',
      responseRoot: 'tmall_servicecenter_tp_funds_recover_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
