// Generated from specs/wdk/alibaba.wdk.marketing.fullrange.queryitem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.fullrange.queryitem` (全场活动查询换购品). */
export interface AlibabaWdkMarketingFullrangeQueryitemRequest {
  /** 换购商品查询参数 */
  param0: AlibabaWdkMarketingFullrangeQueryitemActivitySkuQueryInput;
}

/** Response of `alibaba.wdk.marketing.fullrange.queryitem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingFullrangeQueryitemResponse {
  /** 查询结果 */
  result?: AlibabaWdkMarketingFullrangeQueryitemMarketPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActivitySkuQuery` of `alibaba.wdk.marketing.fullrange.queryitem`. */
export interface AlibabaWdkMarketingFullrangeQueryitemActivitySkuQueryInput {
  /** 分页参数 */
  page: AlibabaWdkMarketingFullrangeQueryitemBasePageQueryInput;
  /** 商家活动id */
  out_act_id?: string;
  /** 查询指定的skucode */
  sku_codes?: string[];
  /** 报名活动Id */
  activity_id: Int64Input;
}

/** `BasePageQuery` of `alibaba.wdk.marketing.fullrange.queryitem`. */
export interface AlibabaWdkMarketingFullrangeQueryitemBasePageQueryInput {
  /** 当前页数 */
  current?: Int64Input;
  /** 分页大小 */
  page_size?: Int64Input;
}

/** `MarketPageResult` of `alibaba.wdk.marketing.fullrange.queryitem`. */
export interface AlibabaWdkMarketingFullrangeQueryitemMarketPageResult {
  /** 总数 */
  total?: Int64;
  /** 查询结果信息 */
  message?: string;
  /** 当前页数 */
  current?: Int64;
  /** 查询结果数据 */
  sku_list?: AlibabaWdkMarketingFullrangeQueryitemItemPoolSku[];
  /** 错误码 */
  error_code?: string;
  /** 页数size */
  page_size?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 总页数 */
  total_page?: Int64;
}

/** `ItemPoolSku` of `alibaba.wdk.marketing.fullrange.queryitem`. */
export interface AlibabaWdkMarketingFullrangeQueryitemItemPoolSku {
  /** 商品名称 */
  sku_name?: string;
  /** 商品skucode */
  sku_code?: string;
  /** 换购价格 */
  exchange_price?: Int64;
  /** 换购限量 */
  exchange_total_limit?: Int64;
  /** 该商品每单可换购最大数 */
  exchange_order_limit?: Int64;
}

const REQUEST_SCHEMA = {
  param0: {
    page: {
      current: 'Number',
      page_size: 'Number',
    },
    out_act_id: 'String',
    sku_codes: ['String'],
    activity_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total: 'Number',
    message: 'String',
    current: 'Number',
    sku_list: [
      {
        sku_name: 'String',
        sku_code: 'String',
        exchange_price: 'Number',
        exchange_total_limit: 'Number',
        exchange_order_limit: 'Number',
      },
    ],
    error_code: 'String',
    page_size: 'Number',
    success: 'Boolean',
    total_page: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.fullrange.queryitem`: method, response root, request and response schemas. */
export const alibabaWdkMarketingFullrangeQueryitemOperation = {
  method: 'alibaba.wdk.marketing.fullrange.queryitem',
  responseRoot: 'alibaba_wdk_marketing_fullrange_queryitem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全场活动查询换购品 — calls TOP method `alibaba.wdk.marketing.fullrange.queryitem`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingFullrangeQueryitem(
  client: TopClient,
  request: AlibabaWdkMarketingFullrangeQueryitemRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingFullrangeQueryitemResponse> {
  return client.call<AlibabaWdkMarketingFullrangeQueryitemResponse>(
    {
      method: 'alibaba.wdk.marketing.fullrange.queryitem',
      responseRoot: 'alibaba_wdk_marketing_fullrange_queryitem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
