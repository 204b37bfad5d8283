// Generated from specs/fenxiao/taobao.region.price.cancle.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.region.price.cancle` (取消区域价格). */
export interface TaobaoRegionPriceCancleRequest {
  /** 商品 */
  item_id: Int64Input;
  /** 无sku传0 */
  sku_id: Int64Input;
}

/** Response of `taobao.region.price.cancle`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRegionPriceCancleResponse {
  /** result */
  result?: TaobaoRegionPriceCancleBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `taobao.region.price.cancle`. */
export interface TaobaoRegionPriceCancleBaseResult {
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
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.region.price.cancle`: method, response root, request and response schemas. */
export const taobaoRegionPriceCancleOperation = {
  method: 'taobao.region.price.cancle',
  responseRoot: 'region_price_cancle_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消区域价格 — calls TOP method `taobao.region.price.cancle`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRegionPriceCancle(
  client: TopClient,
  request: TaobaoRegionPriceCancleRequest,
  options?: CallOptions,
): Promise<TaobaoRegionPriceCancleResponse> {
  return client.call<TaobaoRegionPriceCancleResponse>(
    {
      method: 'taobao.region.price.cancle',
      responseRoot: 'region_price_cancle_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
