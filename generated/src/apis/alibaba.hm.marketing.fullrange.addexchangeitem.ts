// Generated from specs/wdk/alibaba.hm.marketing.fullrange.addexchangeitem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.fullrange.addexchangeitem` (全场增加换购品). */
export interface AlibabaHmMarketingFullrangeAddexchangeitemRequest {
  /** 系统自动生成 */
  param0?: AlibabaHmMarketingFullrangeAddexchangeitemItemStairSkuInput;
  /** 系统自动生成 */
  param1?: AlibabaHmMarketingFullrangeAddexchangeitemCommonActivityParamInput;
}

/** Response of `alibaba.hm.marketing.fullrange.addexchangeitem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingFullrangeAddexchangeitemResponse {
  /** 添加商品返回结果 */
  result?: AlibabaHmMarketingFullrangeAddexchangeitemMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemStairSku` of `alibaba.hm.marketing.fullrange.addexchangeitem`. */
export interface AlibabaHmMarketingFullrangeAddexchangeitemItemStairSkuInput {
  /** 商品skucode */
  sku_code: string;
  /** 单位为分 */
  exchange_price: Int64Input;
  /** 换购商品总数限制 */
  exchange_total_limit?: Int64Input;
  /** 换购商品每单可换购数量限制 */
  exchange_order_limit?: Int64Input;
}

/** `CommonActivityParam` of `alibaba.hm.marketing.fullrange.addexchangeitem`. */
export interface AlibabaHmMarketingFullrangeAddexchangeitemCommonActivityParamInput {
  /** 商家活动id */
  out_act_id?: string;
  /** 报名活动Id */
  activity_id: Int64Input;
}

/** `MarketResult` of `alibaba.hm.marketing.fullrange.addexchangeitem`. */
export interface AlibabaHmMarketingFullrangeAddexchangeitemMarketResult {
  /** 结果信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
  /** data */
  data?: AlibabaHmMarketingFullrangeAddexchangeitemItemStairSku;
  /** success */
  success?: boolean;
}

/** `ItemStairSku` of `alibaba.hm.marketing.fullrange.addexchangeitem`. */
export interface AlibabaHmMarketingFullrangeAddexchangeitemItemStairSku {
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
    exchange_order_limit: 'Number',
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
      sku_code: 'String',
      exchange_price: 'Number',
      exchange_total_limit: 'Number',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.hm.marketing.fullrange.addexchangeitem`: method, response root, request and response schemas. */
export const alibabaHmMarketingFullrangeAddexchangeitemOperation = {
  method: 'alibaba.hm.marketing.fullrange.addexchangeitem',
  responseRoot: 'alibaba_hm_marketing_fullrange_addexchangeitem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全场增加换购品 — calls TOP method `alibaba.hm.marketing.fullrange.addexchangeitem`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingFullrangeAddexchangeitem(
  client: TopClient,
  request: AlibabaHmMarketingFullrangeAddexchangeitemRequest = {},
  options?: CallOptions,
): Promise<AlibabaHmMarketingFullrangeAddexchangeitemResponse> {
  return client.call<AlibabaHmMarketingFullrangeAddexchangeitemResponse>(
    {
      method: 'alibaba.hm.marketing.fullrange.addexchangeitem',
      responseRoot: 'alibaba_hm_marketing_fullrange_addexchangeitem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
