// Generated from specs/wdk/alibaba.wdk.sku.barcode.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.sku.barcode.query` (商品条码查询接口). */
export interface AlibabaWdkSkuBarcodeQueryRequest {
  /** 商品编码 */
  sku_code: string;
}

/** Response of `alibaba.wdk.sku.barcode.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSkuBarcodeQueryResponse {
  /** 调用结果 */
  result?: AlibabaWdkSkuBarcodeQueryApiResults;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiResults` of `alibaba.wdk.sku.barcode.query`. */
export interface AlibabaWdkSkuBarcodeQueryApiResults {
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 条码结果集合 */
  models?: AlibabaWdkSkuBarcodeQueryBarcodeBo[];
  /** 是否成功，根据该字段判断是否调用成功 */
  success?: boolean;
}

/** `BarcodeBo` of `alibaba.wdk.sku.barcode.query`. */
export interface AlibabaWdkSkuBarcodeQueryBarcodeBo {
  /** 条码 */
  barcode?: string;
  /** 条码商品规格，6：比如一个条码对应6瓶啤酒 */
  spu_spec?: Int64;
  /** 是否主条码:1是主条码，0非主条码 */
  main_flag?: string;
}

const REQUEST_SCHEMA = {
  sku_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    models: [
      {
        barcode: 'String',
        spu_spec: 'Number',
        main_flag: 'String',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.sku.barcode.query`: method, response root, request and response schemas. */
export const alibabaWdkSkuBarcodeQueryOperation = {
  method: 'alibaba.wdk.sku.barcode.query',
  responseRoot: 'alibaba_wdk_sku_barcode_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品条码查询接口 — calls TOP method `alibaba.wdk.sku.barcode.query`.
 *
 * 查询商品编码，支持一品多码
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSkuBarcodeQuery(
  client: TopClient,
  request: AlibabaWdkSkuBarcodeQueryRequest,
  options?: CallOptions,
): Promise<AlibabaWdkSkuBarcodeQueryResponse> {
  return client.call<AlibabaWdkSkuBarcodeQueryResponse>(
    {
      method: 'alibaba.wdk.sku.barcode.query',
      responseRoot: 'alibaba_wdk_sku_barcode_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
