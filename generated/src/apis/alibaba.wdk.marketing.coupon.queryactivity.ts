// Generated from specs/wdk/alibaba.wdk.marketing.coupon.queryactivity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.marketing.coupon.queryactivity` (查询优惠券活动). */
export interface AlibabaWdkMarketingCouponQueryactivityRequest {
  /** 查询优惠券活动入参 */
  param0: AlibabaWdkMarketingCouponQueryactivityCommonActivityParamInput;
}

/** Response of `alibaba.wdk.marketing.coupon.queryactivity`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMarketingCouponQueryactivityResponse {
  /** 查询返回结果 */
  result?: AlibabaWdkMarketingCouponQueryactivityMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonActivityParam` of `alibaba.wdk.marketing.coupon.queryactivity`. */
export interface AlibabaWdkMarketingCouponQueryactivityCommonActivityParamInput {
  /** 五道口优惠券活动id */
  activity_id: Int64Input;
  /** 商家优惠券活动id */
  out_act_id?: string;
}

/** `MarketResult` of `alibaba.wdk.marketing.coupon.queryactivity`. */
export interface AlibabaWdkMarketingCouponQueryactivityMarketResult {
  /** 错误信息 */
  message?: string;
  /** 错误码 */
  error_code?: string;
  /** 返回的优惠券活动信息 */
  data?: AlibabaWdkMarketingCouponQueryactivityCouponActivity;
  /** 查询商品是否成功 */
  success?: boolean;
}

/** `CouponActivity` of `alibaba.wdk.marketing.coupon.queryactivity`. */
export interface AlibabaWdkMarketingCouponQueryactivityCouponActivity {
  /** 通用限购信息，-1为不限制，默认为不限制 */
  limit_info?: AlibabaWdkMarketingCouponQueryactivityLimitInfo;
  /** 商家活动id */
  out_act_id?: string;
  /** 优惠券活动名称 */
  activity_name?: string;
  /** 优惠券活动描述，不超过100个中文字符 */
  description?: string;
  /** 活动开始时间，时间戳[ms单位] */
  start_time?: Int64;
  /** 活动结束时间，时间戳[ms单位] */
  end_time?: Int64;
  /** 优惠适用场景:APP|POS|POS+APP 分别对应的值为1|2|1,2 */
  terminals?: Int64[];
  /** 参加活动的渠道店ids */
  shop_ids?: string[];
  /** 自定义的优惠券使用详情(支持多条) */
  details?: string[];
  /** [满减券特有，券类型为满减券时为必传参数]金额门槛，值为-1代表无门槛 [单位为分] */
  start_fee?: Int64;
  /** 领取后N日有效；如果设置了该值，则不需要设置优惠券的开始时间和结束时间 [有效期截止至领取日期+N天的23:59:59。例券设置有效期领取后5天有效，2018.1.1领取的券，有效期截止至2018.1.6 23:59:59； 例券设置有效期领取后0天有效，2018.1.1领取的券，有效期截止至2018.1.1 23:59:59] */
  valid_days?: Int64;
  /** 优惠券领取渠道 */
  apply_channels?: string;
  /** 券面额 [单位为分] */
  amount?: Int64;
  /** 适用类目 */
  applicable_categories?: Int64[];
  /** 优惠券logo url，设置匿名券时为必传参数 */
  logo_url?: string;
  /** 优惠券发放方式 [anonymous:匿名券;registered:记名券] */
  send_type?: string;
  /** 优惠券适用范围 [rangeShop:店铺券;rangeItem:商品;rangeCategory:品类券] */
  range_type?: string;
  /** 优惠券优惠类型 [fullReduce:满减券;reduceTo:减至券，即一口价券] */
  discount_type?: string;
  /** [减至券特有]优惠件数，限制最多优惠N件，值为-1代表不限制优惠件数 [单位为整数] */
  count?: Int64;
  /** [减至券特有]件数门槛，值为-1代表无门槛 [单位为整数] */
  start_count?: Int64;
}

/** `LimitInfo` of `alibaba.wdk.marketing.coupon.queryactivity`. */
export interface AlibabaWdkMarketingCouponQueryactivityLimitInfo {
  /** 每人活动期间总限购 */
  user_limit_cnt?: Int64;
  /** 每人每日限购 */
  user_daily_limit_cnt?: Int64;
  /** 活动每日总限购 */
  daily_limit_cnt?: Int64;
  /** 活动期间总限购 */
  total_limit_cnt?: Int64;
}

const REQUEST_SCHEMA = {
  param0: {
    activity_id: 'Number',
    out_act_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    error_code: 'String',
    data: {
      limit_info: {
        user_limit_cnt: 'Number',
        user_daily_limit_cnt: 'Number',
        daily_limit_cnt: 'Number',
        total_limit_cnt: 'Number',
      },
      out_act_id: 'String',
      activity_name: 'String',
      description: 'String',
      start_time: 'Number',
      end_time: 'Number',
      terminals: ['Number'],
      shop_ids: ['String'],
      details: ['String'],
      start_fee: 'Number',
      valid_days: 'Number',
      apply_channels: 'String',
      amount: 'Number',
      applicable_categories: ['Number'],
      logo_url: 'String',
      send_type: 'String',
      range_type: 'String',
      discount_type: 'String',
      count: 'Number',
      start_count: 'Number',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.marketing.coupon.queryactivity`: method, response root, request and response schemas. */
export const alibabaWdkMarketingCouponQueryactivityOperation = {
  method: 'alibaba.wdk.marketing.coupon.queryactivity',
  responseRoot: 'alibaba_wdk_marketing_coupon_queryactivity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询优惠券活动 — calls TOP method `alibaba.wdk.marketing.coupon.queryactivity`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMarketingCouponQueryactivity(
  client: TopClient,
  request: AlibabaWdkMarketingCouponQueryactivityRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMarketingCouponQueryactivityResponse> {
  return client.call<AlibabaWdkMarketingCouponQueryactivityResponse>(
    {
      method: 'alibaba.wdk.marketing.coupon.queryactivity',
      responseRoot: 'alibaba_wdk_marketing_coupon_queryactivity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
