// Generated from specs/xhotelitem/taobao.xhotel.bnbpromo.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.bnbpromo.add` (自促活动申请接口). */
export interface TaobaoXhotelBnbpromoAddRequest {
  /** 营销类型 */
  promo_info: TaobaoXhotelBnbpromoAddPromoInfoInput;
}

/** Response of `taobao.xhotel.bnbpromo.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelBnbpromoAddResponse {
  /** 营销添加返回对象 */
  module?: TaobaoXhotelBnbpromoAddPromoCode;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PromoInfo` of `taobao.xhotel.bnbpromo.add`. */
export interface TaobaoXhotelBnbpromoAddPromoInfoInput {
  /** 今夜特惠 */
  tonight_discount?: TaobaoXhotelBnbpromoAddTonightDiscountInput;
  /** 连住优惠 */
  long_order_info?: TaobaoXhotelBnbpromoAddLongOrderInfoInput;
  /** 早定优惠 */
  early_booking_info?: TaobaoXhotelBnbpromoAddEarlyBookingInfoInput;
  /** 天天特惠 */
  daily_booking_info?: TaobaoXhotelBnbpromoAddDailyBookingInfoInput;
  /** 民宿优惠 */
  general_booking_info?: TaobaoXhotelBnbpromoAddGeneralBookingInfoInput;
}

/** `TonightDiscount` of `taobao.xhotel.bnbpromo.add`. */
export interface TaobaoXhotelBnbpromoAddTonightDiscountInput {
  /** 活动折扣 */
  investment_number?: string;
  /** 起始时间 */
  start_time?: string;
}

/** `LongOrderInfo` of `taobao.xhotel.bnbpromo.add`. */
export interface TaobaoXhotelBnbpromoAddLongOrderInfoInput {
  /** 互动折扣 */
  investment_number?: Int64Input;
  /** 最小连住天数 */
  min_continuity_stay?: Int64Input;
}

/** `EarlyBookingInfo` of `taobao.xhotel.bnbpromo.add`. */
export interface TaobaoXhotelBnbpromoAddEarlyBookingInfoInput {
  /** 活动折扣 */
  investment_number?: Int64Input;
  /** 早定天数 */
  min_pre_booking_days?: Int64Input;
}

/** `DailyBookingInfo` of `taobao.xhotel.bnbpromo.add`. */
export interface TaobaoXhotelBnbpromoAddDailyBookingInfoInput {
  /** 活动折扣 */
  investment_number?: Int64Input;
  /** 生效星期，星期一星期二生效就填1，2 */
  valid_weeks?: string[];
}

/** `GeneralBookingInfo` of `taobao.xhotel.bnbpromo.add`. */
export interface TaobaoXhotelBnbpromoAddGeneralBookingInfoInput {
  /** 活动折扣 */
  investment_number?: Int64Input;
  /** 活动入住开始时间 */
  check_in_from?: DateInput;
  /** 活动离店结束时间 */
  check_out_to?: DateInput;
}

/** `PromoCode` of `taobao.xhotel.bnbpromo.add`. */
export interface TaobaoXhotelBnbpromoAddPromoCode {
  /** 营销活动code */
  activity_code?: string;
}

const REQUEST_SCHEMA = {
  promo_info: {
    tonight_discount: {
      investment_number: 'String',
      start_time: 'String',
    },
    long_order_info: {
      investment_number: 'Number',
      min_continuity_stay: 'Number',
    },
    early_booking_info: {
      investment_number: 'Number',
      min_pre_booking_days: 'Number',
    },
    daily_booking_info: {
      investment_number: 'Number',
      valid_weeks: ['String'],
    },
    general_booking_info: {
      investment_number: 'Number',
      check_in_from: 'Date',
      check_out_to: 'Date',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  module: {
    activity_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.bnbpromo.add`: method, response root, request and response schemas. */
export const taobaoXhotelBnbpromoAddOperation = {
  method: 'taobao.xhotel.bnbpromo.add',
  responseRoot: 'xhotel_bnbpromo_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自促活动申请接口 — calls TOP method `taobao.xhotel.bnbpromo.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelBnbpromoAdd(
  client: TopClient,
  request: TaobaoXhotelBnbpromoAddRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelBnbpromoAddResponse> {
  return client.call<TaobaoXhotelBnbpromoAddResponse>(
    {
      method: 'taobao.xhotel.bnbpromo.add',
      responseRoot: 'xhotel_bnbpromo_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
