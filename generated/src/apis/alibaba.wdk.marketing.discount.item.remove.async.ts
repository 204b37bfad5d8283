// Generated from specs/wdk/alibaba.wdk.marketing.discount.item.remove.async.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.discount.item.remove.async` (特价批量移除商品). */
export interface AlibabaWdkMarketingDiscountItemRemoveAsyncRequest {
  /**
   * sku信息
   *
   * Max list size: 20
   */
  param0: AlibabaWdkMarketingDiscountItemRemoveAsyncItemDiscountSkuInput[];
  /** 系统自动生成 */
  param1?: AlibabaWdkMarketingDiscountItemRemoveAsyncCommonActivityParamInput;
  /** alibaba.wdk.marketing.version.generate接口生成 */
  version: Int64Input;
}

/** Response of `alibaba.wdk.marketing.discount.item.remove.async`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingDiscountItemRemoveAsyncResponse {
  /** 结果信息 */
  result?: AlibabaWdkMarketingDiscountItemRemoveAsyncMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemDiscountSku` of `alibaba.wdk.marketing.discount.item.remove.async`. */
export interface AlibabaWdkMarketingDiscountItemRemoveAsyncItemDiscountSkuInput {
  /** 商品的skuCode */
  sku_code: string;
}

/** `CommonActivityParam` of `alibaba.wdk.marketing.discount.item.remove.async`. */
export interface AlibabaWdkMarketingDiscountItemRemoveAsyncCommonActivityParamInput {
  /** 外部活动编码 */
  out_act_id?: string;
  /** 活动Id */
  activity_id: Int64Input;
}

/** `MarketResult` of `alibaba.wdk.marketing.discount.item.remove.async`. */
export interface AlibabaWdkMarketingDiscountItemRemoveAsyncMarketResult {
  /** 处理结果 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
  /** 结果数据 */
  datas?: AlibabaWdkMarketingDiscountItemRemoveAsyncItemDiscountSku[];
  /** success */
  success?: boolean;
}

/** `ItemDiscountSku` of `alibaba.wdk.marketing.discount.item.remove.async`. */
export interface AlibabaWdkMarketingDiscountItemRemoveAsyncItemDiscountSku {
  /** sku编码 */
  sku_code?: string;
}

const REQUEST_SCHEMA = {
  param0: [
    {
      sku_code: 'String',
    },
  ],
  param1: {
    out_act_id: 'String',
    activity_id: 'Number',
  },
  version: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    error_code: 'String',
    datas: [
      {
        sku_code: 'String',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.discount.item.remove.async`: method, response root, request and response schemas. */
export const alibabaWdkMarketingDiscountItemRemoveAsyncOperation = {
  method: 'alibaba.wdk.marketing.discount.item.remove.async',
  responseRoot: 'alibaba_wdk_marketing_discount_item_remove_async_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 特价批量移除商品 — calls TOP method `alibaba.wdk.marketing.discount.item.remove.async`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingDiscountItemRemoveAsync(
  client: TopClient,
  request: AlibabaWdkMarketingDiscountItemRemoveAsyncRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingDiscountItemRemoveAsyncResponse> {
  return client.call<AlibabaWdkMarketingDiscountItemRemoveAsyncResponse>(
    {
      method: 'alibaba.wdk.marketing.discount.item.remove.async',
      responseRoot: 'alibaba_wdk_marketing_discount_item_remove_async_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
