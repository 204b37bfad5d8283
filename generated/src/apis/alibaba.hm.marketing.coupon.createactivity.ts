// Generated from specs/wdk/alibaba.hm.marketing.coupon.createactivity.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.hm.marketing.coupon.createactivity` (优惠券活动创建). */
export interface AlibabaHmMarketingCouponCreateactivityRequest {
  /** 创建优惠券活动请求入参 */
  param: AlibabaHmMarketingCouponCreateactivityCouponActivityInput;
}

/** Response of `alibaba.hm.marketing.coupon.createactivity`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHmMarketingCouponCreateactivityResponse {
  /** 创建优惠券活动返回结果 */
  result?: AlibabaHmMarketingCouponCreateactivityMarketResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CouponActivity` of `alibaba.hm.marketing.coupon.createactivity`. */
export interface AlibabaHmMarketingCouponCreateactivityCouponActivityInput {
  /** 优惠券适用范围 [rangeShop:店铺券;rangeItem:商品;rangeCategory:品类券] */
  range_type: string;
  /** 通用限购信息，-1为不限制，默认为不限制[如果同时设置了(每人活动期间总限领)和(每人每日限领)，则只能生效(每人活动期间总限领)] */
  limit_info: AlibabaHmMarketingCouponCreateactivityLimitInfoInput;
  /** 优惠适用场景[APP|POS|POS+APP分别对应的值为1|2|1,2] */
  terminals: string[];
  /** 商家活动id */
  out_act_id?: string;
  /** 优惠券发放方式 [anonymous:匿名券;registered:记名券] */
  send_type: string;
  /** 优惠券logo url，设置匿名券时为必传参数 */
  logo_url?: string;
  /** 参加活动的渠道店ids */
  shop_ids: string[];
  /** 活动结束时间，时间戳[ms单位] */
  end_time?: Int64Input;
  /** 适用类目 */
  applicable_categories?: Int64Input[];
  /** 券面额 [单位为分] */
  amount: Int64Input;
  /** 活动开始时间，时间戳[ms单位] */
  start_time?: Int64Input;
  /** 优惠券领取渠道 [fullSendCoupon:满额返券;fallingSendCoupon:天降红包;customerService:客服补偿发券;其他渠道请找接口人申请] */
  apply_channels: string[];
  /** 领取后N日有效；如果设置了该值，则不需要设置优惠券的开始时间和结束时间 [有效期截止至领取日期+N天的23:59:59。例券设置有效期领取后5天有效，2018.1.1领取的券，有效期截止至2018.1.6 23:59:59； 例券设置有效期领取后0天有效，2018.1.1领取的券，有效期截止至2018.1.1 23:59:59] */
  valid_days?: Int64Input;
  /** 优惠券活动描述，不超过100个中文字符 */
  description: string;
  /** [满减券特有，券类型为满减券时为必传参数]金额门槛，值为-1代表无门槛 [单位为分] */
  start_fee?: Int64Input;
  /** 优惠券活动名称,不超过10个中文字符 */
  activity_name: string;
  /** 自定义的优惠券使用详情(支持多条) */
  details?: string[];
  /** 优惠券优惠类型 [fullReduce:满减券;reduceTo:减至券，即一口价券] */
  discount_type: string;
  /** [减至券特有]件数门槛，值为-1代表无门槛 [单位为整数]【已下线】 */
  start_count?: Int64Input;
  /** [减至券特有]优惠件数，限制最多优惠N件，值为-1代表不限制优惠件数 [单位为整数]【已下线】 */
  count?: Int64Input;
}

/** `LimitInfo` of `alibaba.hm.marketing.coupon.createactivity`. */
export interface AlibabaHmMarketingCouponCreateactivityLimitInfoInput {
  /** 活动每日总限领 */
  daily_limit_cnt?: Int64Input;
  /** 每人每日限领 */
  user_daily_limit_cnt?: Int64Input;
  /** 每人活动期间总限领 */
  user_limit_cnt?: Int64Input;
  /** 必须指定且值为正数，活动期间总限领 */
  total_limit_cnt: Int64Input;
}

/** `MarketResult` of `alibaba.hm.marketing.coupon.createactivity`. */
export interface AlibabaHmMarketingCouponCreateactivityMarketResult {
  /** 错误信息 */
  message?: string;
  /** 创建成功时会返回五道口优惠券活动id */
  data?: Int64;
  /** 错误码 */
  error_code?: string;
  /** 创建优惠券活动是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param: {
    range_type: 'String',
    limit_info: {
      daily_limit_cnt: 'Number',
      user_daily_limit_cnt: 'Number',
      user_limit_cnt: 'Number',
      total_limit_cnt: 'Number',
    },
    terminals: ['String'],
    out_act_id: 'String',
    send_type: 'String',
    logo_url: 'String',
    shop_ids: ['String'],
    end_time: 'Number',
    applicable_categories: ['Number'],
    amount: 'Number',
    start_time: 'Number',
    apply_channels: ['String'],
    valid_days: 'Number',
    description: 'String',
    start_fee: 'Number',
    activity_name: 'String',
    details: ['String'],
    discount_type: 'String',
    start_count: 'Number',
    count: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: 'Number',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.hm.marketing.coupon.createactivity`: method, response root, request and response schemas. */
export const alibabaHmMarketingCouponCreateactivityOperation = {
  method: 'alibaba.hm.marketing.coupon.createactivity',
  responseRoot: 'alibaba_hm_marketing_coupon_createactivity_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 优惠券活动创建 — calls TOP method `alibaba.hm.marketing.coupon.createactivity`.
 *
 * 添加优惠券活动
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHmMarketingCouponCreateactivity(
  client: TopClient,
  request: AlibabaHmMarketingCouponCreateactivityRequest,
  options?: CallOptions,
): Promise<AlibabaHmMarketingCouponCreateactivityResponse> {
  return client.call<AlibabaHmMarketingCouponCreateactivityResponse>(
    {
      method: 'alibaba.hm.marketing.coupon.createactivity',
      responseRoot: 'alibaba_hm_marketing_coupon_createactivity_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
