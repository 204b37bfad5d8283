// Generated from specs/wdk/alibaba.hm.marketing.expire.promotion.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.expire.promotion.create` (短保优惠创建). */
export interface AlibabaHmMarketingExpirePromotionCreateRequest {
  /** 创建短保优惠 */
  param0: AlibabaHmMarketingExpirePromotionCreateExpirePromotionBoInput;
}

/** Response of `alibaba.hm.marketing.expire.promotion.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingExpirePromotionCreateResponse {
  /** message */
  message?: string;
  /** data */
  datas?: AlibabaHmMarketingExpirePromotionCreateT[];
  /** errorCode */
  fail_code?: string;
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExpirePromotionBo` of `alibaba.hm.marketing.expire.promotion.create`. */
export interface AlibabaHmMarketingExpirePromotionCreateExpirePromotionBoInput {
  /** 短保时间段信息 */
  period_infos: AlibabaHmMarketingExpirePromotionCreateExpirePeriodInfoInput[];
  /** 门店id */
  shop_ids: string[];
  /** 商品skucode */
  sku_code: string;
}

/** `ExpirePeriodInfo` of `alibaba.hm.marketing.expire.promotion.create`. */
export interface AlibabaHmMarketingExpirePromotionCreateExpirePeriodInfoInput {
  /** 优惠具体折扣，1到1000 */
  promotion_value: Int64Input;
  /** 0到24，小时数值 */
  end_hour: Int64Input;
  /** 0到24，小时数值 */
  start_hour: Int64Input;
  /** 外部商家id */
  out_id: Int64Input;
}

/** `T` of `alibaba.hm.marketing.expire.promotion.create`. */
export interface AlibabaHmMarketingExpirePromotionCreateT {
  /** 商家code */
  merchant_code?: string;
  /** 商品skucode */
  sku_code?: string;
  /** 商品itemId */
  item_id?: Int64;
  /** 门店id */
  shop_id?: string;
  /** 错误码 */
  error_code?: string;
  /** success */
  success?: boolean;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    period_infos: [
      {
        promotion_value: 'Number',
        end_hour: 'Number',
        start_hour: 'Number',
        out_id: 'Number',
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
      merchant_code: 'String',
      sku_code: 'String',
      item_id: 'Number',
      shop_id: 'String',
      error_code: 'String',
      success: 'Boolean',
      error_msg: 'String',
    },
  ],
  fail_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.hm.marketing.expire.promotion.create`: method, response root, request and response schemas. */
export const alibabaHmMarketingExpirePromotionCreateOperation = {
  method: 'alibaba.hm.marketing.expire.promotion.create',
  responseRoot: 'alibaba_hm_marketing_expire_promotion_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 短保优惠创建 — calls TOP method `alibaba.hm.marketing.expire.promotion.create`.
 *
 * 过期优惠优惠信息录入
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingExpirePromotionCreate(
  client: TopClient,
  request: AlibabaHmMarketingExpirePromotionCreateRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingExpirePromotionCreateResponse> {
  return client.call<AlibabaHmMarketingExpirePromotionCreateResponse>(
    {
      method: 'alibaba.hm.marketing.expire.promotion.create',
      responseRoot: 'alibaba_hm_marketing_expire_promotion_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
