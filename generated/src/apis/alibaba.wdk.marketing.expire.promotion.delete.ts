// Generated from specs/wdk/alibaba.wdk.marketing.expire.promotion.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.expire.promotion.delete` (短保优惠删除). */
export interface AlibabaWdkMarketingExpirePromotionDeleteRequest {
  /** 删除短保优惠 */
  param0?: AlibabaWdkMarketingExpirePromotionDeleteExpirePromotionBoInput;
}

/** Response of `alibaba.wdk.marketing.expire.promotion.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingExpirePromotionDeleteResponse {
  /** message */
  message?: string;
  /** data */
  datas?: AlibabaWdkMarketingExpirePromotionDeleteExpirePromotionResult[];
  /** errorCode */
  fail_code?: string;
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExpirePromotionBo` of `alibaba.wdk.marketing.expire.promotion.delete`. */
export interface AlibabaWdkMarketingExpirePromotionDeleteExpirePromotionBoInput {
  /** 短保时间段信息 */
  period_infos?: AlibabaWdkMarketingExpirePromotionDeleteExpirePeriodInfoInput[];
  /** 门店id */
  shop_ids: string[];
  /** 商品skucode */
  sku_code: string;
}

/** `ExpirePeriodInfo` of `alibaba.wdk.marketing.expire.promotion.delete`. */
export interface AlibabaWdkMarketingExpirePromotionDeleteExpirePeriodInfoInput {
  /** 0到24，小时数值 */
  end_hour: Int64Input;
  /** 0到24，小时数值 */
  start_hour: Int64Input;
  /** 外部活动id */
  out_id: Int64Input;
  /** 优惠具体折扣，1到1000 */
  promotion_value: Int64Input;
}

/** `ExpirePromotionResult` of `alibaba.wdk.marketing.expire.promotion.delete`. */
export interface AlibabaWdkMarketingExpirePromotionDeleteExpirePromotionResult {
  /** errorMsg */
  error_msg?: string;
  /** errorCode */
  error_code?: string;
  /** itemId */
  item_id?: Int64;
  /** success */
  success?: boolean;
  /** skuCode */
  sku_code?: string;
  /** merchantCode */
  merchant_code?: string;
  /** shopId */
  shop_id?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    period_infos: [
      {
        end_hour: 'Number',
        start_hour: 'Number',
        out_id: 'Number',
        promotion_value: 'Number',
      },
    ],
    shop_ids: ['String'],
    sku_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  datas: [
    {
      error_msg: 'String',
      error_code: 'String',
      item_id: 'Number',
      success: 'Boolean',
      sku_code: 'String',
      merchant_code: 'String',
      shop_id: 'String',
    },
  ],
  fail_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.expire.promotion.delete`: method, response root, request and response schemas. */
export const alibabaWdkMarketingExpirePromotionDeleteOperation = {
  method: 'alibaba.wdk.marketing.expire.promotion.delete',
  responseRoot: 'alibaba_wdk_marketing_expire_promotion_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 短保优惠删除 — calls TOP method `alibaba.wdk.marketing.expire.promotion.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingExpirePromotionDelete(
  client: TopClient,
  request: AlibabaWdkMarketingExpirePromotionDeleteRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkMarketingExpirePromotionDeleteResponse> {
  return client.call<AlibabaWdkMarketingExpirePromotionDeleteResponse>(
    {
      method: 'alibaba.wdk.marketing.expire.promotion.delete',
      responseRoot: 'alibaba_wdk_marketing_expire_promotion_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
