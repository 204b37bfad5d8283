// Generated from specs/xhotel/taobao.xhotel.bnbpromo.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.bnbpromo.update` (民宿营销活动更新). */
export interface TaobaoXhotelBnbpromoUpdateRequest {
  /** 更新营销活动的入参 */
  update_promo_param: TaobaoXhotelBnbpromoUpdateUpdatePromoParamInput;
}

/** Response of `taobao.xhotel.bnbpromo.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelBnbpromoUpdateResponse {
  /** 查询结果集 */
  result?: TaobaoXhotelBnbpromoUpdateResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdatePromoParam` of `taobao.xhotel.bnbpromo.update`. */
export interface TaobaoXhotelBnbpromoUpdateUpdatePromoParamInput {
  /** 外部营销活动的code，最长40个字符 */
  outer_activity_code?: string;
  /** 营销活动的具体参数对象，在每次添加更新的时候，long_order_info、early_booking_info、daily_booking_info 只能填1种类型，其他2种类型为空 */
  promo_info: TaobaoXhotelBnbpromoUpdatePromoInfoInput;
  /** 营销活动关联的价格计划和房型 */
  rate_infos?: TaobaoXhotelBnbpromoUpdateRateInfoInput[];
}

/** `PromoInfo` of `taobao.xhotel.bnbpromo.update`. */
export interface TaobaoXhotelBnbpromoUpdatePromoInfoInput {
  /** 连住优惠的入参 */
  long_order_info?: TaobaoXhotelBnbpromoUpdateLongOrderInfoInput;
  /** 早定优惠的入参 */
  early_booking_info?: TaobaoXhotelBnbpromoUpdateEarlyBookingInfoInput;
  /** 天天特惠的入参 */
  daily_booking_info?: TaobaoXhotelBnbpromoUpdateDailyBookingInfoInput;
}

/** `LongOrderInfo` of `taobao.xhotel.bnbpromo.update`. */
export interface TaobaoXhotelBnbpromoUpdateLongOrderInfoInput {
  /** 最小连住天数 */
  min_continuity_stay?: Int64Input;
  /** 折扣比例，填30就意味着原价的30%，也就是打3折。数字范围限定在10-95之间 */
  investment_number?: Int64Input;
}

/** `EarlyBookingInfo` of `taobao.xhotel.bnbpromo.update`. */
export interface TaobaoXhotelBnbpromoUpdateEarlyBookingInfoInput {
  /** 最少提前预定天数，数字范围限定在1-60 */
  min_pre_booking_days?: Int64Input;
  /** 折扣比例，填30就意味着原价的30%，也就是打3折。数字范围限定在10-95之间 */
  investment_number?: Int64Input;
  /** 连住天数,可为空，范围1-60 */
  min_continuity_stay?: Int64Input;
}

/** `DailyBookingInfo` of `taobao.xhotel.bnbpromo.update`. */
export interface TaobaoXhotelBnbpromoUpdateDailyBookingInfoInput {
  /** 一个星期内有效性约束。1-7 对应周一到周日，传入的值比如[1,6]，就表示星期一和星期六营销生效 */
  valid_weeks?: string[];
  /** 可入住的起始时间，不填默认一年，一年后自动续期 */
  check_in_from?: DateInput;
  /** 可入住的结束时间，不填默认一年，一年后自动续期 */
  check_in_to?: DateInput;
  /** 折扣比例，填30就意味着原价的30%，也就是打3折。数字范围限定在10-95之间 */
  investment_number?: Int64Input;
  /** 不可用日期，开始日期和结束日期: from--to 只有一天的场景，from和to传同一天； 默认：空，代表无时间限制； */
  invalid_dates?: TaobaoXhotelBnbpromoUpdateInvalidDateInput[];
}

/** `InvalidDate` of `taobao.xhotel.bnbpromo.update`. */
export interface TaobaoXhotelBnbpromoUpdateInvalidDateInput {
  /** 活动失效开始时间 */
  invalid_from?: DateInput;
  /** 活动失效结束时间 */
  invalid_to?: DateInput;
}

/** `RateInfo` of `taobao.xhotel.bnbpromo.update`. */
export interface TaobaoXhotelBnbpromoUpdateRateInfoInput {
  /** 外部价格计划code */
  rate_plan_code?: string;
  /** 外部房型id */
  out_rid?: string;
}

/** `ResultSet` of `taobao.xhotel.bnbpromo.update`. */
export interface TaobaoXhotelBnbpromoUpdateResultSet {
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  update_promo_param: {
    outer_activity_code: 'String',
    promo_info: {
      long_order_info: {
        min_continuity_stay: 'Number',
        investment_number: 'Number',
      },
      early_booking_info: {
        min_pre_booking_days: 'Number',
        investment_number: 'Number',
        min_continuity_stay: 'Number',
      },
      daily_booking_info: {
        valid_weeks: ['String'],
        check_in_from: 'Date',
        check_in_to: 'Date',
        investment_number: 'Number',
        invalid_dates: [
          {
            invalid_from: 'Date',
            invalid_to: 'Date',
          },
        ],
      },
    },
    rate_infos: [
      {
        rate_plan_code: 'String',
        out_rid: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.bnbpromo.update`: method, response root, request and response schemas. */
export const taobaoXhotelBnbpromoUpdateOperation = {
  method: 'taobao.xhotel.bnbpromo.update',
  responseRoot: 'xhotel_bnbpromo_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 民宿营销活动更新 — calls TOP method `taobao.xhotel.bnbpromo.update`.
 *
 * 全量更新对应外部活动code相关的营销活动信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelBnbpromoUpdate(
  client: TopClient,
  request: TaobaoXhotelBnbpromoUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelBnbpromoUpdateResponse> {
  return client.call<TaobaoXhotelBnbpromoUpdateResponse>(
    {
      method: 'taobao.xhotel.bnbpromo.update',
      responseRoot: 'xhotel_bnbpromo_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
