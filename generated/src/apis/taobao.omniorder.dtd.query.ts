// Generated from specs/omniorder/taobao.omniorder.dtd.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniorder.dtd.query` (门店自送根据核销码查订单). */
export interface TaobaoOmniorderDtdQueryRequest {
  /** 核销码 */
  code: string;
}

/** Response of `taobao.omniorder.dtd.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniorderDtdQueryResponse {
  /** 错误码，为0表示成功，非0表示失败 */
  result_code?: string;
  /** data */
  data?: TaobaoOmniorderDtdQueryDoor2doorQueryResult;
  /** 错误信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Door2doorQueryResult` of `taobao.omniorder.dtd.query`. */
export interface TaobaoOmniorderDtdQueryDoor2doorQueryResult {
  /** 码对应的淘宝主订单ID */
  main_order_id?: Int64;
}

const REQUEST_SCHEMA = {
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  data: {
    main_order_id: 'Number',
  },
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniorder.dtd.query`: method, response root, request and response schemas. */
export const taobaoOmniorderDtdQueryOperation = {
  method: 'taobao.omniorder.dtd.query',
  responseRoot: 'omniorder_dtd_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店自送根据核销码查订单 — calls TOP method `taobao.omniorder.dtd.query`.
 *
 * 门店自送根据核销码码查询订单信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniorderDtdQuery(
  client: TopClient,
  request: TaobaoOmniorderDtdQueryRequest,
  options?: CallOptions,
): Promise<TaobaoOmniorderDtdQueryResponse> {
  return client.call<TaobaoOmniorderDtdQueryResponse>(
    {
      method: 'taobao.omniorder.dtd.query',
      responseRoot: 'omniorder_dtd_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
