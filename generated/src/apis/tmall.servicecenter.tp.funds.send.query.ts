// Generated from specs/servicecenter/tmall.servicecenter.tp.funds.send.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.tp.funds.send.query` (服务商资金权益发放的查询接口). */
export interface TmallServicecenterTpFundsSendQueryRequest {
  /** 入参对象 */
  query: TmallServicecenterTpFundsSendQueryTpFundsSendQueryInput;
}

/** Response of `tmall.servicecenter.tp.funds.send.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterTpFundsSendQueryResponse {
  /** result */
  result?: TmallServicecenterTpFundsSendQueryResultBase;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TpFundsSendQuery` of `tmall.servicecenter.tp.funds.send.query`. */
export interface TmallServicecenterTpFundsSendQueryTpFundsSendQueryInput {
  /** 订单ID */
  biz_order_id: Int64Input;
  /** 资金权益类型。1：预付款红包；2：尾款红包 */
  funds_type: Int64Input;
}

/** `ResultBase` of `tmall.servicecenter.tp.funds.send.query`. */
export interface TmallServicecenterTpFundsSendQueryResultBase {
  /** value */
  value?: TmallServicecenterTpFundsSendQueryTpFundsSendResultDo;
  /** errorCode */
  error_code?: Int64;
  /** 查询是否OK */
  success?: boolean;
  /** errorMsg */
  error_msg?: string;
}

/** `TpFundsSendResultDo` of `tmall.servicecenter.tp.funds.send.query`. */
export interface TmallServicecenterTpFundsSendQueryTpFundsSendResultDo {
  /** 红包ID */
  red_packets_id?: string;
  /** 金额，单位分 */
  amount?: Int64;
  /** 状态，true表示发放成功 */
  status?: boolean;
  /** 资金权益类型。1：预付款红包；2：尾款红包 */
  funds_type?: Int64;
  /** 订单ID */
  biz_order_id?: Int64;
  /** 红包发放时间，格式yyyy-MM-dd HH:mm:ss */
  receive_time?: string;
}

const REQUEST_SCHEMA = {
  query: {
    biz_order_id: 'Number',
    funds_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    value: {
      red_packets_id: 'String',
      amount: 'Number',
      status: 'Boolean',
      funds_type: 'Number',
      biz_order_id: 'Number',
      receive_time: 'String',
    },
    error_code: 'Number',
    success: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.tp.funds.send.query`: method, response root, request and response schemas. */
export const tmallServicecenterTpFundsSendQueryOperation = {
  method: 'tmall.servicecenter.tp.funds.send.query',
  responseRoot: 'tmall_servicecenter_tp_funds_send_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商资金权益发放的查询接口 — calls TOP method `tmall.servicecenter.tp.funds.send.query`.
 *
 * 服务商资金权益发放结果的查询接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterTpFundsSendQuery(
  client: TopClient,
  request: TmallServicecenterTpFundsSendQueryRequest,
  options?: CallOptions,
): Promise<TmallServicecenterTpFundsSendQueryResponse> {
  return client.call<TmallServicecenterTpFundsSendQueryResponse>(
    {
      method: 'tmall.servicecenter.tp.funds.send.query',
      responseRoot: 'tmall_servicecenter_tp_funds_send_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
