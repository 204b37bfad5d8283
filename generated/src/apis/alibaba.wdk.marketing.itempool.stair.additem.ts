// Generated from specs/wdk/alibaba.wdk.marketing.itempool.stair.additem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.itempool.stair.additem` (商品池阶梯商品添加). */
export interface AlibabaWdkMarketingItempoolStairAdditemRequest {
  /** 系统自动生成 */
  param0?: AlibabaWdkMarketingItempoolStairAdditemItemPoolSkuInput;
  /** 系统自动生成 */
  param1?: AlibabaWdkMarketingItempoolStairAdditemCommonActivityParamInput;
}

/** Response of `alibaba.wdk.marketing.itempool.stair.additem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingItempoolStairAdditemResponse {
  /** 添加商品返回结果 */
  result?: AlibabaWdkMarketingItempoolStairAdditemMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPoolSku` of `alibaba.wdk.marketing.itempool.stair.additem`. */
export interface AlibabaWdkMarketingItempoolStairAdditemItemPoolSkuInput {
  /** 商品skucode */
  sku_code: string;
  /** 单位为分 */
  exchange_price: Int64Input;
  /** 换购商品总数限制 */
  exchange_total_limit?: Int64Input;
}

/** `CommonActivityParam` of `alibaba.wdk.marketing.itempool.stair.additem`. */
export interface AlibabaWdkMarketingItempoolStairAdditemCommonActivityParamInput {
  /** 商家活动id */
  out_act_id?: string;
  /** 报名活动Id */
  activity_id: Int64Input;
}

/** `MarketResult` of `alibaba.wdk.marketing.itempool.stair.additem`. */
export interface AlibabaWdkMarketingItempoolStairAdditemMarketResult {
  /** 结果信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
  /** data */
  data?: AlibabaWdkMarketingItempoolStairAdditemItemPoolSku;
  /** success */
  success?: boolean;
}

/** `ItemPoolSku` of `alibaba.wdk.marketing.itempool.stair.additem`. */
export interface AlibabaWdkMarketingItempoolStairAdditemItemPoolSku {
  /** skuName */
  sku_name?: string;
  /** skuCode */
  sku_code?: string;
  /** 换购价（分） */
  exchange_price?: Int64;
  /** 换购商品总数限制 */
  exchange_total_limit?: Int64;
}

const REQUEST_SCHEMA = {
  param0: {
    sku_code: 'String',
    exchange_price: 'Number',
    exchange_total_limit: 'Number',
  },
  param1: {
    out_act_id: 'String',
    activity_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    error_code: 'String',
    data: {
      sku_name: 'String',
      sku_code: 'String',
      exchange_price: 'Number',
      exchange_total_limit: 'Number',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.itempool.stair.additem`: method, response root, request and response schemas. */
export const alibabaWdkMarketingItempoolStairAdditemOperation = {
  method: 'alibaba.wdk.marketing.itempool.stair.additem',
  responseRoot: 'alibaba_wdk_marketing_itempool_stair_additem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品池阶梯商品添加 — calls TOP method `alibaba.wdk.marketing.itempool.stair.additem`.
 *
 * 添加商品池阶梯商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingItempoolStairAdditem(
  client: TopClient,
  request: AlibabaWdkMarketingItempoolStairAdditemRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkMarketingItempoolStairAdditemResponse> {
  return client.call<AlibabaWdkMarketingItempoolStairAdditemResponse>(
    {
      method: 'alibaba.wdk.marketing.itempool.stair.additem',
      responseRoot: 'alibaba_wdk_marketing_itempool_stair_additem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
