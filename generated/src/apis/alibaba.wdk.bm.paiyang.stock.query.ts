// Generated from specs/wdk/alibaba.wdk.bm.paiyang.stock.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.bm.paiyang.stock.query` (派样商品门店库存查询接口). */
export interface AlibabaWdkBmPaiyangStockQueryRequest {
  /** 请求入参 */
  isv_shop_stock_param?: AlibabaWdkBmPaiyangStockQueryIsvShopStockParamInput;
}

/** Response of `alibaba.wdk.bm.paiyang.stock.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkBmPaiyangStockQueryResponse {
  /** 请求出参 */
  result?: AlibabaWdkBmPaiyangStockQueryBmResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvShopStockParam` of `alibaba.wdk.bm.paiyang.stock.query`. */
export interface AlibabaWdkBmPaiyangStockQueryIsvShopStockParamInput {
  /** 门店编码 */
  shop_code?: string;
  /** 派样活动id */
  sample_activity_id?: Int64Input;
  /** 商家编码 */
  merchant_code?: string;
  /** 商品条码 */
  barcode?: string;
}

/** `BmResult` of `alibaba.wdk.bm.paiyang.stock.query`. */
export interface AlibabaWdkBmPaiyangStockQueryBmResult {
  /** 库存数量 */
  data?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 错误描述 */
  message?: string;
}

const REQUEST_SCHEMA = {
  isv_shop_stock_param: {
    shop_code: 'String',
    sample_activity_id: 'Number',
    merchant_code: 'String',
    barcode: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    error_code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.bm.paiyang.stock.query`: method, response root, request and response schemas. */
export const alibabaWdkBmPaiyangStockQueryOperation = {
  method: 'alibaba.wdk.bm.paiyang.stock.query',
  responseRoot: 'alibaba_wdk_bm_paiyang_stock_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 派样商品门店库存查询接口 — calls TOP method `alibaba.wdk.bm.paiyang.stock.query`.
 *
 * 淘鲜达接入第三方进行派样，第三方查询派样商品的门店库存信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkBmPaiyangStockQuery(
  client: TopClient,
  request: AlibabaWdkBmPaiyangStockQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkBmPaiyangStockQueryResponse> {
  return client.call<AlibabaWdkBmPaiyangStockQueryResponse>(
    {
      method: 'alibaba.wdk.bm.paiyang.stock.query',
      responseRoot: 'alibaba_wdk_bm_paiyang_stock_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
