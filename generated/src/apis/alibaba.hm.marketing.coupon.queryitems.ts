// Generated from specs/wdk/alibaba.hm.marketing.coupon.queryitems.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.coupon.queryitems` (查询优惠券活动下的商品). */
export interface AlibabaHmMarketingCouponQueryitemsRequest {
  /** 查询入参 */
  param: AlibabaHmMarketingCouponQueryitemsActivitySkuQueryInput;
}

/** Response of `alibaba.hm.marketing.coupon.queryitems`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingCouponQueryitemsResponse {
  /** 查询返回结果 */
  result?: AlibabaHmMarketingCouponQueryitemsMarketPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActivitySkuQuery` of `alibaba.hm.marketing.coupon.queryitems`. */
export interface AlibabaHmMarketingCouponQueryitemsActivitySkuQueryInput {
  /** 五道口活动id */
  activity_id: Int64Input;
  /** 分页参数 */
  page: AlibabaHmMarketingCouponQueryitemsBasePageQueryInput;
  /** 商家活动id */
  out_act_id?: string;
  /** 需要查询的商品skuCodes */
  sku_codes?: string[];
}

/** `BasePageQuery` of `alibaba.hm.marketing.coupon.queryitems`. */
export interface AlibabaHmMarketingCouponQueryitemsBasePageQueryInput {
  /** 页面大小 */
  page_size: Int64Input;
  /** 当前分页，从1开始 */
  current: Int64Input;
}

/** `MarketPageResult` of `alibaba.hm.marketing.coupon.queryitems`. */
export interface AlibabaHmMarketingCouponQueryitemsMarketPageResult {
  /** 错误信息 */
  message?: string;
  /** 参加当前活动的商品总数 */
  total?: Int64;
  /** 页面大小 */
  page_size?: Int64;
  /** 错误码 */
  error_code?: string;
  /** 返回的数据 */
  item_coupon_sku_list?: AlibabaHmMarketingCouponQueryitemsItemCouponSku[];
  /** 当前分页 */
  current?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** 查询商品是否成功 */
  success?: boolean;
}

/** `ItemCouponSku` of `alibaba.hm.marketing.coupon.queryitems`. */
export interface AlibabaHmMarketingCouponQueryitemsItemCouponSku {
  /** 商品的skuCode */
  sku_code?: string;
  /** 商品名称 */
  sku_name?: string;
  /** 淘宝item和shop的对应关系， k-itemId, v-shopId */
  item_shop_relation?: string;
}

const REQUEST_SCHEMA = {
  param: {
    activity_id: 'Number',
    page: {
      page_size: 'Number',
      current: 'Number',
    },
    out_act_id: 'String',
    sku_codes: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    total: 'Number',
    page_size: 'Number',
    error_code: 'String',
    item_coupon_sku_list: [
      {
        sku_code: 'String',
        sku_name: 'String',
        item_shop_relation: 'String',
      },
    ],
    current: 'Number',
    total_page: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.hm.marketing.coupon.queryitems`: method, response root, request and response schemas. */
export const alibabaHmMarketingCouponQueryitemsOperation = {
  method: 'alibaba.hm.marketing.coupon.queryitems',
  responseRoot: 'alibaba_hm_marketing_coupon_queryitems_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询优惠券活动下的商品 — calls TOP method `alibaba.hm.marketing.coupon.queryitems`.
 *
 * 查询优惠券活动下面的商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingCouponQueryitems(
  client: TopClient,
  request: AlibabaHmMarketingCouponQueryitemsRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingCouponQueryitemsResponse> {
  return client.call<AlibabaHmMarketingCouponQueryitemsResponse>(
    {
      method: 'alibaba.hm.marketing.coupon.queryitems',
      responseRoot: 'alibaba_hm_marketing_coupon_queryitems_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
