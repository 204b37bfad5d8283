// Generated from specs/wdk/alibaba.hm.marketing.itempool.stair.additem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.itempool.stair.additem` (商品池阶梯商品添加). */
export interface AlibabaHmMarketingItempoolStairAdditemRequest {
  /** 系统自动生成 */
  param0?: AlibabaHmMarketingItempoolStairAdditemItemPoolSkuInput;
  /** 系统自动生成 */
  param1?: AlibabaHmMarketingItempoolStairAdditemCommonActivityParamInput;
}

/** Response of `alibaba.hm.marketing.itempool.stair.additem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingItempoolStairAdditemResponse {
  /** 添加商品返回结果 */
  result?: AlibabaHmMarketingItempoolStairAdditemMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPoolSku` of `alibaba.hm.marketing.itempool.stair.additem`. */
export interface AlibabaHmMarketingItempoolStairAdditemItemPoolSkuInput {
  /** 商品skucode */
  sku_code: string;
  /** 单位为分 */
  exchange_price: Int64Input;
  /** 换购商品总数限制 */
  exchange_total_limit?: Int64Input;
}

/** `CommonActivityParam` of `alibaba.hm.marketing.itempool.stair.additem`. */
export interface AlibabaHmMarketingItempoolStairAdditemCommonActivityParamInput {
  /** 商家活动id */
  out_act_id?: string;
  /** 报名活动Id */
  activity_id: Int64Input;
}

/** `MarketResult` of `alibaba.hm.marketing.itempool.stair.additem`. */
export interface AlibabaHmMarketingItempoolStairAdditemMarketResult {
  /** 结果信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
  /** data */
  data?: AlibabaHmMarketingItempoolStairAdditemItemPoolSku;
  /** success */
  success?: boolean;
}

/** `ItemPoolSku` of `alibaba.hm.marketing.itempool.stair.additem`. */
export interface AlibabaHmMarketingItempoolStairAdditemItemPoolSku {
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

/** Static description of `alibaba.hm.marketing.itempool.stair.additem`: method, response root, request and response schemas. */
export const alibabaHmMarketingItempoolStairAdditemOperation = {
  method: 'alibaba.hm.marketing.itempool.stair.additem',
  responseRoot: 'alibaba_hm_marketing_itempool_stair_additem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品池阶梯商品添加 — calls TOP method `alibaba.hm.marketing.itempool.stair.additem`.
 *
 * 添加商品池阶梯商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingItempoolStairAdditem(
  client: TopClient,
  request: AlibabaHmMarketingItempoolStairAdditemRequest = {},
  options?: CallOptions,
): Promise<AlibabaHmMarketingItempoolStairAdditemResponse> {
  return client.call<AlibabaHmMarketingItempoolStairAdditemResponse>(
    {
      method: 'alibaba.hm.marketing.itempool.stair.additem',
      responseRoot: 'alibaba_hm_marketing_itempool_stair_additem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
