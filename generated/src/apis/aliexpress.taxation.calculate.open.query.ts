// Generated from specs/aliexpresssumaitong/aliexpress.taxation.calculate.open.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.taxation.calculate.open.query` (关务所需的申报清关字段). */
export interface AliexpressTaxationCalculateOpenQueryRequest {
  /** 主订单id */
  order_id: string;
}

/** Response of `aliexpress.taxation.calculate.open.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressTaxationCalculateOpenQueryResponse {
  /** 返回结果 */
  result?: AliexpressTaxationCalculateOpenQueryResponseDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResponseDto` of `aliexpress.taxation.calculate.open.query`. */
export interface AliexpressTaxationCalculateOpenQueryResponseDto {
  /** 数据 */
  data?: AliexpressTaxationCalculateOpenQueryHjTaxCalculateResultDto;
  /** 错误编码 */
  error_code?: string;
  /** 成功标记 */
  succeeded?: boolean;
  /** 错误信息 */
  error_msg?: string;
}

/** `HjTaxCalculateResultDto` of `aliexpress.taxation.calculate.open.query`. */
export interface AliexpressTaxationCalculateOpenQueryHjTaxCalculateResultDto {
  /** 交易行计税结果 */
  lines?: AliexpressTaxationCalculateOpenQueryLines[];
  /** 交易币种 */
  currency?: AliexpressTaxationCalculateOpenQueryCurrency;
  /** 币种转欧元汇率 */
  exchange_rate?: string;
}

/** `Lines` of `aliexpress.taxation.calculate.open.query`. */
export interface AliexpressTaxationCalculateOpenQueryLines {
  /** 商品数量 */
  quantity?: string;
  /** 商品未含税总价 */
  order_tax_excluded_amount?: string;
  /** 运费未含税总价 */
  delivery_amount?: string;
  /** 商品税金总价 */
  order_tax_amount?: string;
  /** 运费税金总价 */
  delivery_tax_amount?: string;
  /** 商品税率 */
  tax_rates?: string[];
  /** 运费税率 */
  delivery_tax_rates?: string[];
  /** 子订单号id */
  sub_order_id?: string;
}

/** `Currency` of `aliexpress.taxation.calculate.open.query`. */
export interface AliexpressTaxationCalculateOpenQueryCurrency {
  /** 交易币种编码 */
  currency_code?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      lines: [
        {
          quantity: 'String',
          order_tax_excluded_amount: 'String',
          delivery_amount: 'String',
          order_tax_amount: 'String',
          delivery_tax_amount: 'String',
          tax_rates: ['String'],
          delivery_tax_rates: ['String'],
          sub_order_id: 'String',
        },
      ],
      currency: {
        currency_code: 'String',
      },
      exchange_rate: 'String',
    },
    error_code: 'String',
    succeeded: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.taxation.calculate.open.query`: method, response root, request and response schemas. */
export const aliexpressTaxationCalculateOpenQueryOperation = {
  method: 'aliexpress.taxation.calculate.open.query',
  responseRoot: 'aliexpress_taxation_calculate_open_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 关务所需的申报清关字段 — calls TOP method `aliexpress.taxation.calculate.open.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressTaxationCalculateOpenQuery(
  client: TopClient,
  request: AliexpressTaxationCalculateOpenQueryRequest,
  options?: CallOptions,
): Promise<AliexpressTaxationCalculateOpenQueryResponse> {
  return client.call<AliexpressTaxationCalculateOpenQueryResponse>(
    {
      method: 'aliexpress.taxation.calculate.open.query',
      responseRoot: 'aliexpress_taxation_calculate_open_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
