// Generated from specs/dutyfree/alibaba.dutyfree.stock.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dutyfree.stock.query` (对外库存查询接口). */
export interface AlibabaDutyfreeStockQueryRequest {
  /** 条形码 */
  bar_code?: string;
}

/** Response of `alibaba.dutyfree.stock.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDutyfreeStockQueryResponse {
  /** 返回结果 */
  result?: AlibabaDutyfreeStockQueryResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `alibaba.dutyfree.stock.query`. */
export interface AlibabaDutyfreeStockQueryResultDo {
  /** 错误码 */
  code?: Int64;
  /** 调用是否成功 */
  success?: boolean;
  /** 错误信息 */
  message?: string;
  /** 具体库存信息 */
  object?: AlibabaDutyfreeStockQueryStockResultDto;
}

/** `StockResultDto` of `alibaba.dutyfree.stock.query`. */
export interface AlibabaDutyfreeStockQueryStockResultDto {
  /** 库存 */
  stock?: Int64;
  /** 条形码 */
  bar_code?: string;
}

const REQUEST_SCHEMA = {
  bar_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    success: 'Boolean',
    message: 'String',
    object: {
      stock: 'Number',
      bar_code: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dutyfree.stock.query`: method, response root, request and response schemas. */
export const alibabaDutyfreeStockQueryOperation = {
  method: 'alibaba.dutyfree.stock.query',
  responseRoot: 'alibaba_dutyfree_stock_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 对外库存查询接口 — calls TOP method `alibaba.dutyfree.stock.query`.
 *
 * 对外部服务提供库存查询接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDutyfreeStockQuery(
  client: TopClient,
  request: AlibabaDutyfreeStockQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaDutyfreeStockQueryResponse> {
  return client.call<AlibabaDutyfreeStockQueryResponse>(
    {
      method: 'alibaba.dutyfree.stock.query',
      responseRoot: 'alibaba_dutyfree_stock_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
