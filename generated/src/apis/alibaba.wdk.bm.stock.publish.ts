// Generated from specs/wdk/alibaba.wdk.bm.stock.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.bm.stock.publish` (品牌营销涉及到的商品的库存同步接口). */
export interface AlibabaWdkBmStockPublishRequest {
  /**
   * 批量入参
   *
   * Max list size: 20
   */
  sku_stock_publish_param_list: AlibabaWdkBmStockPublishSkuStockPublishParamDoInput[];
}

/** Response of `alibaba.wdk.bm.stock.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkBmStockPublishResponse {
  /** 出参 */
  result?: AlibabaWdkBmStockPublishBmResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SkuStockPublishParamDo` of `alibaba.wdk.bm.stock.publish`. */
export interface AlibabaWdkBmStockPublishSkuStockPublishParamDoInput {
  /** 商家门店编码 */
  shop_code: string;
  /** 这笔单据发生的原因 */
  reason: string;
  /** 移动的数量，正数表式增加，负数表式减少 */
  quantity: Int64Input;
  /** 唯一单据号，用于幂等操作 */
  bill_no: string;
  /** 商品对应的69码 */
  barcode: string;
  /** 更新类型，1表式覆盖，0表式增量 */
  update_type: Int64Input;
  /** 当时业务发生的时间戳，单位：ms */
  operation_ts: Int64Input;
}

/** `BmResult` of `alibaba.wdk.bm.stock.publish`. */
export interface AlibabaWdkBmStockPublishBmResult {
  /** 详细结果 */
  publish_results?: AlibabaWdkBmStockPublishSkuStockPublishResult[];
  /** 接口调用的成功与否 */
  success?: boolean;
  /** 额外属性 */
  ext_data?: string;
  /** 系统调用的错误码 */
  error_code?: string;
  /** 系统调用的错误原因 */
  message?: string;
}

/** `SkuStockPublishResult` of `alibaba.wdk.bm.stock.publish`. */
export interface AlibabaWdkBmStockPublishSkuStockPublishResult {
  /** 具体的错误码 */
  error_code?: string;
  /** bill_no对应的操作结果 */
  result?: boolean;
  /** 入参中对应的幂等单据号 */
  bill_no?: string;
  /** 具体的更新失败原因 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  sku_stock_publish_param_list: [
    {
      shop_code: 'String',
      reason: 'String',
      quantity: 'Number',
      bill_no: 'String',
      barcode: 'String',
      update_type: 'Number',
      operation_ts: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    publish_results: [
      {
        error_code: 'String',
        result: 'Boolean',
        bill_no: 'String',
        err_msg: 'String',
      },
    ],
    success: 'Boolean',
    ext_data: 'String',
    error_code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.bm.stock.publish`: method, response root, request and response schemas. */
export const alibabaWdkBmStockPublishOperation = {
  method: 'alibaba.wdk.bm.stock.publish',
  responseRoot: 'alibaba_wdk_bm_stock_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 品牌营销涉及到的商品的库存同步接口 — calls TOP method `alibaba.wdk.bm.stock.publish`.
 *
 * 用于操作sku的库存
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkBmStockPublish(
  client: TopClient,
  request: AlibabaWdkBmStockPublishRequest,
  options?: CallOptions,
): Promise<AlibabaWdkBmStockPublishResponse> {
  return client.call<AlibabaWdkBmStockPublishResponse>(
    {
      method: 'alibaba.wdk.bm.stock.publish',
      responseRoot: 'alibaba_wdk_bm_stock_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
