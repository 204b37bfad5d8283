// Generated from specs/omniorder/taobao.omniorder.storecollect.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniorder.storecollect.query` (全渠道门店自提根据核销码查询订单). */
export interface TaobaoOmniorderStorecollectQueryRequest {
  /** 核销码 */
  code: string;
}

/** Response of `taobao.omniorder.storecollect.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniorderStorecollectQueryResponse {
  /** result */
  result?: TaobaoOmniorderStorecollectQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.omniorder.storecollect.query`. */
export interface TaobaoOmniorderStorecollectQueryResult {
  /** 0表示码可用，其余值表示码不可用 */
  err_code?: string;
  /** data */
  data?: TaobaoOmniorderStorecollectQueryStoreCollectQueryOrderResponse;
  /** 码状态附加信息，若码可用则此处为空 */
  err_msg?: string;
}

/** `StoreCollectQueryOrderResponse` of `taobao.omniorder.storecollect.query`. */
export interface TaobaoOmniorderStorecollectQueryStoreCollectQueryOrderResponse {
  /** 主订单ID */
  main_order_id?: Int64;
}

const REQUEST_SCHEMA = {
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    data: {
      main_order_id: 'Number',
    },
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniorder.storecollect.query`: method, response root, request and response schemas. */
export const taobaoOmniorderStorecollectQueryOperation = {
  method: 'taobao.omniorder.storecollect.query',
  responseRoot: 'omniorder_storecollect_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全渠道门店自提根据核销码查询订单 — calls TOP method `taobao.omniorder.storecollect.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniorderStorecollectQuery(
  client: TopClient,
  request: TaobaoOmniorderStorecollectQueryRequest,
  options?: CallOptions,
): Promise<TaobaoOmniorderStorecollectQueryResponse> {
  return client.call<TaobaoOmniorderStorecollectQueryResponse>(
    {
      method: 'taobao.omniorder.storecollect.query',
      responseRoot: 'omniorder_storecollect_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
