// Generated from specs/wdk/alibaba.hm.marketing.fullrange.queryitem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.fullrange.queryitem` (全场活动查询换购品). */
export interface AlibabaHmMarketingFullrangeQueryitemRequest {
  /** 换购商品查询参数 */
  param0: AlibabaHmMarketingFullrangeQueryitemActivitySkuQueryInput;
}

/** Response of `alibaba.hm.marketing.fullrange.queryitem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingFullrangeQueryitemResponse {
  /** 查询结果 */
  result?: AlibabaHmMarketingFullrangeQueryitemMarketPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActivitySkuQuery` of `alibaba.hm.marketing.fullrange.queryitem`. */
export interface AlibabaHmMarketingFullrangeQueryitemActivitySkuQueryInput {
  /** 分页参数 */
  page: AlibabaHmMarketingFullrangeQueryitemBasePageQueryInput;
  /** 商家活动id */
  out_act_id?: string;
  /** 查询指定的skucode */
  sku_codes?: string[];
  /** 报名活动Id */
  activity_id: Int64Input;
}

/** `BasePageQuery` of `alibaba.hm.marketing.fullrange.queryitem`. */
export interface AlibabaHmMarketingFullrangeQueryitemBasePageQueryInput {
  /** 当前页数 */
  current?: Int64Input;
  /** 分页大小 */
  page_size?: Int64Input;
}

/** `MarketPageResult` of `alibaba.hm.marketing.fullrange.queryitem`. */
export interface AlibabaHmMarketingFullrangeQueryitemMarketPageResult {
  /** 总数 */
  total?: Int64;
  /** 查询结果信息 */
  message?: string;
  /** 当前页数 */
  current?: Int64;
  /** 查询结果数据 */
  sku_list?: AlibabaHmMarketingFullrangeQueryitemItemPoolSku[];
  /** 错误码 */
  error_code?: string;
  /** 页数size */
  page_size?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 总页数 */
  total_page?: Int64;
}

/** `ItemPoolSku` of `alibaba.hm.marketing.fullrange.queryitem`. */
export interface AlibabaHmMarketingFullrangeQueryitemItemPoolSku {
  /** 商品名称 */
  sku_name?: string;
  /** 商品skucode */
  sku_code?: string;
  /** 换购价格 */
  exchange_price?: Int64;
  /** 换购限量 */
  exchange_total_limit?: Int64;
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
      },
    ],
    error_code: 'String',
    page_size: 'Number',
    success: 'Boolean',
    total_page: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.hm.marketing.fullrange.queryitem`: method, response root, request and response schemas. */
export const alibabaHmMarketingFullrangeQueryitemOperation = {
  method: 'alibaba.hm.marketing.fullrange.queryitem',
  responseRoot: 'alibaba_hm_marketing_fullrange_queryitem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全场活动查询换购品 — calls TOP method `alibaba.hm.marketing.fullrange.queryitem`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingFullrangeQueryitem(
  client: TopClient,
  request: AlibabaHmMarketingFullrangeQueryitemRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingFullrangeQueryitemResponse> {
  return client.call<AlibabaHmMarketingFullrangeQueryitemResponse>(
    {
      method: 'alibaba.hm.marketing.fullrange.queryitem',
      responseRoot: 'alibaba_hm_marketing_fullrange_queryitem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
