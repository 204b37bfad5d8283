// Generated from specs/btrip/alitrip.btrip.hotel.distribution.search.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.hotel.distribution.search.detail` (商旅酒店api分销-详情报价接口). */
export interface AlitripBtripHotelDistributionSearchDetailRequest {
  /** 详情报价入参 */
  param_hotel_detail_r_q?: AlitripBtripHotelDistributionSearchDetailHotelDetailRqInput;
}

/** Response of `alitrip.btrip.hotel.distribution.search.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripHotelDistributionSearchDetailResponse {
  /** 详情报价回参 */
  result?: AlitripBtripHotelDistributionSearchDetailHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HotelDetailRq` of `alitrip.btrip.hotel.distribution.search.detail`. */
export interface AlitripBtripHotelDistributionSearchDetailHotelDetailRqInput {
  /** 入住时间 */
  check_in: string;
  /** 离店时间 */
  check_out: string;
  /** 城市code */
  city_code?: Int64Input;
  /** 标准ID */
  shid: Int64Input;
  /** 子渠道ID */
  sub_channel: string;
}

/** `HisvResult` of `alitrip.btrip.hotel.distribution.search.detail`. */
export interface AlitripBtripHotelDistributionSearchDetailHisvResult {
  /** 详情报价回参 */
  module?: AlitripBtripHotelDistributionSearchDetailHotelDetailRs;
  /** 返回状态码 */
  result_code?: Int64;
  /** 返回异常描述 */
  result_msg?: string;
}

/** `HotelDetailRs` of `alitrip.btrip.hotel.distribution.search.detail`. */
export interface AlitripBtripHotelDistributionSearchDetailHotelDetailRs {
  /** 入住时间 */
  check_in?: string;
  /** 离店时间 */
  check_out?: string;
  /** 跟踪ID，可忽略 */
  eagle_trace_id?: string;
  /** 房型列表 */
  rooms?: AlitripBtripHotelDistributionSearchDetailHotelDetailRoomDto[];
  /** 跟踪ID。可忽略 */
  search_id?: string;
  /** 酒店标准ID */
  shid?: Int64;
}

/** `HotelDetailRoomDto` of `alitrip.btrip.hotel.distribution.search.detail`. */
export interface AlitripBtripHotelDistributionSearchDetailHotelDetailRoomDto {
  /** 面积 */
  area?: string;
  /** 床型 */
  bed_type_string?: string;
  /** 设施 */
  facility?: string;
  /** 楼层 */
  floor?: string;
  /** 最大入住人数 */
  max_occupancy?: Int64;
  /** 房间名称 */
  name?: string;
  /** 宽带服务，"0","有线上网(免费),"1","有线上网(无)","2","有线上网(收费)","3","有线上网(部分有且免费)","4","有线上网(部分有且收费)" */
  network_service?: string;
  /** 图片 */
  pics?: string;
  /** 详情报价列表 */
  rates?: AlitripBtripHotelDistributionSearchDetailHotelDetailRateDto[];
  /** 房型ID */
  srid?: Int64;
  /** 状态，状态0:正常;-1:删除 */
  status?: Int64;
  /** 窗型 */
  window_type?: string;
}

/** `HotelDetailRateDto` of `alitrip.btrip.hotel.distribution.search.detail`. */
export interface AlitripBtripHotelDistributionSearchDetailHotelDetailRateDto {
  /** 早餐描述 */
  breakfast?: string;
  /** 免费取消政策描述 */
  cancel_policy_desc?: string;
  /** 协议价，1表示协议支付 */
  company_aassist?: string;
  /** 币种 */
  currency_code?: string;
  /** 每日截止时间，可忽略 */
  end_time_daily?: string;
  /** 是否即时确认，可忽略 */
  instant_confirm?: boolean;
  /** 库存价格 */
  inventory_price?: string;
  /** 商品id */
  item_id?: Int64;
  /** 最小提前小时数，可忽略 */
  min_adv_hours?: Int64;
  /** 最小间隔天数，可忽略 */
  min_days?: Int64;
  /** 间隔天数。可忽略 */
  nod?: Int64;
  /** 人数 */
  nop?: Int64;
  /** 支付方式，1-全额支付 */
  payment_type?: Int64;
  /** 营销信息 */
  promotion_info?: string;
  /** 报价ID */
  rate_id?: Int64;
  /** 报价名称 */
  rate_plan_name?: string;
  /** rpId */
  rp_id?: Int64;
  /** 每日开始时间。可忽略 */
  start_time_daily?: string;
  /** 供应商标识码 */
  supplier_code?: string;
  /** 供应商名称 */
  supplier_name?: string;
  /** 是否支持专票 */
  support_special_invoice?: boolean;
  /** 取消政策 */
  btrip_hotel_cancel_policy_d_t_o?: AlitripBtripHotelDistributionSearchDetailBtripHotelCancelPolicyDto;
  /** 取整后每日均价 */
  daily_price_format_yuan?: Int64;
  /** 界面展示价格 */
  daily_price_view?: Int64;
  /** 每日优惠后价格DTO */
  price_plan?: AlitripBtripHotelDistributionSearchDetailDiscountDailyPrice[];
}

/** `BtripHotelCancelPolicyDto` of `alitrip.btrip.hotel.distribution.search.detail`. */
export interface AlitripBtripHotelDistributionSearchDetailBtripHotelCancelPolicyDto {
  /** 取消类型 */
  cancel_policy_type?: Int64;
  /** 详细的取消规则 */
  btrip_hotel_cancel_policy_info_d_t_o_list?: AlitripBtripHotelDistributionSearchDetailBtripHotelCancelPolicyInfoDto[];
}

/** `BtripHotelCancelPolicyInfoDto` of `alitrip.btrip.hotel.distribution.search.detail`. */
export interface AlitripBtripHotelDistributionSearchDetailBtripHotelCancelPolicyInfoDto {
  /** 提前小时 */
  hour?: Int64;
  /** 罚金 */
  value?: Int64;
}

/** `DiscountDailyPrice` of `alitrip.btrip.hotel.distribution.search.detail`. */
export interface AlitripBtripHotelDistributionSearchDetailDiscountDailyPrice {
  /** 价格计划日期 */
  rate_start_time?: string;
  /** 不取整的每日优惠后价格 */
  discount_daily_price?: Int64;
  /** 取整的每日优惠后价格 */
  rounding_after_discount_daily_price?: Int64;
}

const REQUEST_SCHEMA = {
  param_hotel_detail_r_q: {
    check_in: 'String',
    check_out: 'String',
    city_code: 'Number',
    shid: 'Number',
    sub_channel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      check_in: 'Date',
      check_out: 'Date',
      eagle_trace_id: 'String',
      rooms: [
        {
          area: 'String',
          bed_type_string: 'String',
          facility: 'String',
          floor: 'String',
          max_occupancy: 'Number',
          name: 'String',
          network_service: 'String',
          pics: 'String',
          rates: [
            {
              breakfast: 'String',
              cancel_policy_desc: 'String',
              company_aassist: 'String',
              currency_code: 'String',
              end_time_daily: 'String',
              instant_confirm: 'Boolean',
              inventory_price: 'String',
              item_id: 'Number',
              min_adv_hours: 'Number',
              min_days: 'Number',
              nod: 'Number',
              nop: 'Number',
              payment_type: 'Number',
              promotion_info: 'String',
              rate_id: 'Number',
              rate_plan_name: 'String',
              rp_id: 'Number',
              start_time_daily: 'String',
              supplier_code: 'String',
              supplier_name: 'String',
              support_special_invoice: 'Boolean',
              btrip_hotel_cancel_policy_d_t_o: {
                cancel_policy_type: 'Number',
                btrip_hotel_cancel_policy_info_d_t_o_list: [
                  {
                    hour: 'Number',
                    value: 'Number',
                  },
                ],
              },
              daily_price_format_yuan: 'Number',
              daily_price_view: 'Number',
              price_plan: [
                {
                  rate_start_time: 'String',
                  discount_daily_price: 'Number',
                  rounding_after_discount_daily_price: 'Number',
                },
              ],
            },
          ],
          srid: 'Number',
          status: 'Number',
          window_type: 'String',
        },
      ],
      search_id: 'String',
      shid: 'Number',
    },
    result_code: 'Number',
    result_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.hotel.distribution.search.detail`: method, response root, request and response schemas. */
export const alitripBtripHotelDistributionSearchDetailOperation = {
  method: 'alitrip.btrip.hotel.distribution.search.detail',
  responseRoot: 'alitrip_btrip_hotel_distribution_search_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅酒店api分销-详情报价接口 — calls TOP method `alitrip.btrip.hotel.distribution.search.detail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripHotelDistributionSearchDetail(
  client: TopClient,
  request: AlitripBtripHotelDistributionSearchDetailRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripHotelDistributionSearchDetailResponse> {
  return client.call<AlitripBtripHotelDistributionSearchDetailResponse>(
    {
      method: 'alitrip.btrip.hotel.distribution.search.detail',
      responseRoot: 'alitrip_btrip_hotel_distribution_search_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
