// Generated from specs/elife/taobao.elife.lifecard.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.elife.lifecard.query` (查询交易结果). */
export interface TaobaoElifeLifecardQueryRequest {
  /** 入参 */
  query_request: TaobaoElifeLifecardQueryConsumeRequestInput;
}

/** Response of `taobao.elife.lifecard.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoElifeLifecardQueryResponse {
  /** resultMsg */
  result_msg?: string;
  /** amount */
  amount?: Int64;
  /** successed */
  successed?: boolean;
  /** resultCode */
  result_code?: string;
  /** inflateAmount */
  inflate_amount?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ConsumeRequest` of `taobao.elife.lifecard.query`. */
export interface TaobaoElifeLifecardQueryConsumeRequestInput {
  /** 店铺号 */
  outer_store_id?: string;
  /** 金额 */
  amount?: Int64Input;
  /** 核销码 */
  pay_code?: string;
  /** 交易流水号 */
  op_id: string;
  /** 小票信息 */
  sale_ticket?: string;
  /** 收银员号 */
  operator?: string;
}

const REQUEST_SCHEMA = {
  query_request: {
    outer_store_id: 'String',
    amount: 'Number',
    pay_code: 'String',
    op_id: 'String',
    sale_ticket: 'String',
    operator: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_msg: 'String',
  amount: 'Number',
  successed: 'Boolean',
  result_code: 'String',
  inflate_amount: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.elife.lifecard.query`: method, response root, request and response schemas. */
export const taobaoElifeLifecardQueryOperation = {
  method: 'taobao.elife.lifecard.query',
  responseRoot: 'elife_lifecard_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询交易结果 — calls TOP method `taobao.elife.lifecard.query`.
 *
 * 卖家在交易状态不明的情况下, 查询交易结果.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoElifeLifecardQuery(
  client: TopClient,
  request: TaobaoElifeLifecardQueryRequest,
  options?: CallOptions,
): Promise<TaobaoElifeLifecardQueryResponse> {
  return client.call<TaobaoElifeLifecardQueryResponse>(
    {
      method: 'taobao.elife.lifecard.query',
      responseRoot: 'elife_lifecard_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
