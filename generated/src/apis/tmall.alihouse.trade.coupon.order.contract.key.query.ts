// Generated from specs/alihouse/tmall.alihouse.trade.coupon.order.contract.key.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.alihouse.trade.coupon.order.contract.key.query` (查询电商券履约单合同key). */
export interface TmallAlihouseTradeCouponOrderContractKeyQueryRequest {
  /** 查询参数 */
  query?: TmallAlihouseTradeCouponOrderContractKeyQueryCouponOrderQueryInput;
}

/** Response of `tmall.alihouse.trade.coupon.order.contract.key.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAlihouseTradeCouponOrderContractKeyQueryResponse {
  /** 接口返回model */
  result?: TmallAlihouseTradeCouponOrderContractKeyQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CouponOrderQuery` of `tmall.alihouse.trade.coupon.order.contract.key.query`. */
export interface TmallAlihouseTradeCouponOrderContractKeyQueryCouponOrderQueryInput {
  /** 履约单id */
  trade_order_id: Int64Input;
}

/** `Result` of `tmall.alihouse.trade.coupon.order.contract.key.query`. */
export interface TmallAlihouseTradeCouponOrderContractKeyQueryResult {
  /** ossKey */
  data?: string;
  /** code */
  code?: string;
  /** 结果说明 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  query: {
    trade_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    code: 'String',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.alihouse.trade.coupon.order.contract.key.query`: method, response root, request and response schemas. */
export const tmallAlihouseTradeCouponOrderContractKeyQueryOperation = {
  method: 'tmall.alihouse.trade.coupon.order.contract.key.query',
  responseRoot: 'tmall_alihouse_trade_coupon_order_contract_key_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询电商券履约单合同key — calls TOP method `tmall.alihouse.trade.coupon.order.contract.key.query`.
 *
 * 查询电商券履约单合同地址
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAlihouseTradeCouponOrderContractKeyQuery(
  client: TopClient,
  request: TmallAlihouseTradeCouponOrderContractKeyQueryRequest = {},
  options?: CallOptions,
): Promise<TmallAlihouseTradeCouponOrderContractKeyQueryResponse> {
  return client.call<TmallAlihouseTradeCouponOrderContractKeyQueryResponse>(
    {
      method: 'tmall.alihouse.trade.coupon.order.contract.key.query',
      responseRoot: 'tmall_alihouse_trade_coupon_order_contract_key_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
