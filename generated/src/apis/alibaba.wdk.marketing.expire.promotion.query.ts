// Generated from specs/wdk/alibaba.wdk.marketing.expire.promotion.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.expire.promotion.query` (短保优惠查询). */
export interface AlibabaWdkMarketingExpirePromotionQueryRequest {
  /** 店铺id */
  shop_id: string;
  /** 商品skucode */
  sku_code: string;
}

/** Response of `alibaba.wdk.marketing.expire.promotion.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingExpirePromotionQueryResponse {
  /** result */
  result?: AlibabaWdkMarketingExpirePromotionQueryMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MarketResult` of `alibaba.wdk.marketing.expire.promotion.query`. */
export interface AlibabaWdkMarketingExpirePromotionQueryMarketResult {
  /** message */
  message?: string;
  /** data */
  data?: AlibabaWdkMarketingExpirePromotionQueryExpirePromotionBo;
  /** errorCode */
  error_code?: string;
  /** success */
  is_success?: boolean;
}

/** `ExpirePromotionBo` of `alibaba.wdk.marketing.expire.promotion.query`. */
export interface AlibabaWdkMarketingExpirePromotionQueryExpirePromotionBo {
  /** 优惠详情 */
  period_infos?: AlibabaWdkMarketingExpirePromotionQueryExpirePeriodInfo[];
  /** 商品 */
  sku_code?: string;
  /** 门店 */
  shop_ids?: string[];
  /** 商家code */
  merchant_code?: string;
}

/** `ExpirePeriodInfo` of `alibaba.wdk.marketing.expire.promotion.query`. */
export interface AlibabaWdkMarketingExpirePromotionQueryExpirePeriodInfo {
  /** 优惠值 */
  promotion_value?: Int64;
  /** 优惠结束时间（距离过期时间） */
  end_hour?: Int64;
  /** 优惠开始时间（距离过期时间） */
  start_hour?: Int64;
  /** 外部优惠id */
  out_id?: Int64;
}

const REQUEST_SCHEMA = {
  shop_id: 'String',
  sku_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: {
      period_infos: [
        {
          promotion_value: 'Number',
          end_hour: 'Number',
          start_hour: 'Number',
          out_id: 'Number',
        },
      ],
      sku_code: 'String',
      shop_ids: ['String'],
      merchant_code: 'String',
    },
    error_code: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.expire.promotion.query`: method, response root, request and response schemas. */
export const alibabaWdkMarketingExpirePromotionQueryOperation = {
  method: 'alibaba.wdk.marketing.expire.promotion.query',
  responseRoot: 'alibaba_wdk_marketing_expire_promotion_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 短保优惠查询 — calls TOP method `alibaba.wdk.marketing.expire.promotion.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingExpirePromotionQuery(
  client: TopClient,
  request: AlibabaWdkMarketingExpirePromotionQueryRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingExpirePromotionQueryResponse> {
  return client.call<AlibabaWdkMarketingExpirePromotionQueryResponse>(
    {
      method: 'alibaba.wdk.marketing.expire.promotion.query',
      responseRoot: 'alibaba_wdk_marketing_expire_promotion_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
