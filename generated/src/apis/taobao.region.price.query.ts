// Generated from specs/fenxiao/taobao.region.price.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.region.price.query` (区域价格查询). */
export interface TaobaoRegionPriceQueryRequest {
  /** 商品id */
  item_id: Int64Input;
  /** 无sku可传0 */
  sku_id?: Int64Input;
  /**
   * 不传则返回所有设置的区域价格
   *
   * Max list size: 20
   */
  regional_price_dtos?: TaobaoRegionPriceQueryRegionalPriceDtoInput[];
}

/** Response of `taobao.region.price.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRegionPriceQueryResponse {
  /** result */
  result?: TaobaoRegionPriceQueryBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RegionalPriceDto` of `taobao.region.price.query`. */
export interface TaobaoRegionPriceQueryRegionalPriceDtoInput {
  /** 市 */
  city?: string;
  /** 区县，特殊可选 */
  district?: string;
  /** 省 */
  province: string;
  /** 街道，特殊可选 */
  street?: string;
}

/** `BaseResult` of `taobao.region.price.query`. */
export interface TaobaoRegionPriceQueryBaseResult {
  /** data */
  data?: string;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  sku_id: 'Number',
  regional_price_dtos: [
    {
      city: 'String',
      district: 'String',
      province: 'String',
      street: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.region.price.query`: method, response root, request and response schemas. */
export const taobaoRegionPriceQueryOperation = {
  method: 'taobao.region.price.query',
  responseRoot: 'region_price_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 区域价格查询 — calls TOP method `taobao.region.price.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRegionPriceQuery(
  client: TopClient,
  request: TaobaoRegionPriceQueryRequest,
  options?: CallOptions,
): Promise<TaobaoRegionPriceQueryResponse> {
  return client.call<TaobaoRegionPriceQueryResponse>(
    {
      method: 'taobao.region.price.query',
      responseRoot: 'region_price_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
