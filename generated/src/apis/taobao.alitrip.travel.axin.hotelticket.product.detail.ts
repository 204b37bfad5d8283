// Generated from specs/axintrade/taobao.alitrip.travel.axin.hotelticket.product.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.hotelticket.product.detail` (阿信酒景套餐产品详情查询). */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailRequest {
  /** 分销商id */
  distributor_tid: Int64Input;
  /** 产品id */
  product_id: Int64Input;
}

/** Response of `taobao.alitrip.travel.axin.hotelticket.product.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailResponse {
  /** 返回结果 */
  result?: TaobaoAlitripTravelAxinHotelticketProductDetailBaseResultApiDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResultApiDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailBaseResultApiDTO {
  /** 是否成功 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 产品详情 */
  data?: TaobaoAlitripTravelAxinHotelticketProductDetailAttractionPackageDTO;
}

/** `AttractionPackageDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailAttractionPackageDTO {
  /** 酒景套餐ID */
  product_id?: Int64;
  /** 套餐名称 */
  package_name?: string;
  /** 套餐描述 */
  package_desc?: string;
  /** 产品价格 */
  prices?: TaobaoAlitripTravelAxinHotelticketProductDetailProductPriceDTO[];
  /** 产品库存 */
  inventories?: TaobaoAlitripTravelAxinHotelticketProductDetailProductInventoryDTO[];
  /** 退改规则 */
  refund_policy?: TaobaoAlitripTravelAxinHotelticketProductDetailPackageRefundPolicyDTO;
  /** 预定规则 */
  booking_policy?: TaobaoAlitripTravelAxinHotelticketProductDetailBookingPolicyDTO;
  /** 限购规则 */
  limit_policy?: TaobaoAlitripTravelAxinHotelticketProductDetailLimitPolicyDTO;
  /** 游客规则 */
  tourist_policy?: TaobaoAlitripTravelAxinHotelticketProductDetailTouristPolicyDTO;
  /** 费用不包含 */
  cost_not_include?: string;
  /** 套餐位置信息 */
  area_info?: TaobaoAlitripTravelAxinHotelticketProductDetailProductAreaInfoDTO;
  /** 套餐酒店产品信息 */
  hotel_rates?: TaobaoAlitripTravelAxinHotelticketProductDetailPackageHotelRateDTO[];
  /** 套餐门票产品信息 */
  ticket_infos?: TaobaoAlitripTravelAxinHotelticketProductDetailPackageTicketInfoDTO[];
  /** 餐饮信息 */
  catering_infos?: TaobaoAlitripTravelAxinHotelticketProductDetailPackageCateringInfoDTO[];
  /** 其他信息 */
  other_products?: TaobaoAlitripTravelAxinHotelticketProductDetailPackageOtherProductDTO[];
  /** 酒店使用须知 */
  hotel_policies?: TaobaoAlitripTravelAxinHotelticketProductDetailPackageHotelPolicyDTO[];
  /** 门票使用须知 */
  ticket_policies?: TaobaoAlitripTravelAxinHotelticketProductDetailPackageTicketPolicyDTO[];
  /** 餐饮使用规则 */
  catering_policies?: TaobaoAlitripTravelAxinHotelticketProductDetailPackageCateringPolicyDTO[];
  /** 其他产品使用须知 */
  other_policies?: TaobaoAlitripTravelAxinHotelticketProductDetailPackageCateringPolicyDTO2[];
}

/** `ProductPriceDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailProductPriceDTO {
  /** 价格，单位为分 */
  price?: Int64;
  /** 日期 格式yyyy-MM-dd */
  date?: string;
}

/** `ProductInventoryDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailProductInventoryDTO {
  /** 库存数量 */
  inv_count?: Int64;
  /** 日期 格式yyyy-MM-dd */
  date?: string;
}

/** `PackageRefundPolicyDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailPackageRefundPolicyDTO {
  /** 退款类型 */
  refund_type?: Int64;
  /** 条件退改规则 */
  condition_refund_policies?: TaobaoAlitripTravelAxinHotelticketProductDetailConditionRefundPolicyDTO[];
}

/** `ConditionRefundPolicyDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailConditionRefundPolicyDTO {
  /** 条件退类型 */
  condition_refund_type?: Int64;
  /** 允许退款的最后时间点天数 */
  days?: Int64;
  /** 允许退款的最后的时间点小时 */
  hours?: Int64;
  /** 允许退款的最后的时间点分钟 */
  minutes?: Int64;
  /** 退款手续费金额，单位分 */
  charge_amount?: Int64;
  /** 退款手续费比例 */
  percent?: Int64;
}

/** `BookingPolicyDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailBookingPolicyDTO {
  /** 是否需要选择指定日期 */
  is_specify_time?: boolean;
  /** 提前预定天数 */
  advance_booking_days?: Int64;
  /** 提前预订时间 */
  advance_booking_time?: string;
  /** 出票后多少小时可用 */
  valid_hour_limit?: Int64;
  /** 出票后多少分钟可用 */
  valid_minute_limit?: Int64;
}

/** `LimitPolicyDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailLimitPolicyDTO {
  /** 是否限购 */
  is_limit?: boolean;
  /** 限购类型 */
  limit_type?: Int64;
  /** 限购模式类型 */
  limit_mode?: Int64;
  /** 限购数量类型 */
  limit_amount_type?: Int64;
  /** 限购周期 */
  limit_range_type?: Int64;
  /** 下单开始时间 */
  order_start_date?: string;
  /** 下单结束时间 */
  order_end_date?: string;
  /** 限购数量 */
  limit_amount?: Int64;
  /** 订单最小限购数量 */
  min_amount?: Int64;
  /** 订单最大限购数量 */
  max_amount?: Int64;
}

/** `TouristPolicyDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailTouristPolicyDTO {
  /** 游客信息填写字段 */
  field_types?: string[];
  /** 证件类型 */
  certificates_types?: string[];
}

/** `ProductAreaInfoDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailProductAreaInfoDTO {
  /** 省份id */
  province_id?: Int64;
  /** 省份名称 */
  province_name?: string;
  /** 城市id */
  city_id?: Int64;
  /** 城市名称 */
  city_name?: string;
  /** 地区id */
  district_id?: Int64;
  /** 地区名称 */
  district_name?: string;
  /** 经度 */
  longitude?: string;
  /** 纬度 */
  latitude?: string;
}

/** `PackageHotelRateDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailPackageHotelRateDTO {
  /** 酒店rate信息 */
  hotel_rate?: TaobaoAlitripTravelAxinHotelticketProductDetailHotelRateDTO;
  /** 酒店床型名称 */
  bed_type?: string;
  /** 酒店间夜数 */
  room_night_num?: Int64;
  /** 成人数 */
  adult_num?: Int64;
  /** 儿童数 */
  children_num?: Int64;
}

/** `HotelRateDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailHotelRateDTO {
  /** 酒店名称 */
  hotel_name?: string;
  /** 房型名称 */
  room_name?: string;
}

/** `PackageTicketInfoDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailPackageTicketInfoDTO {
  /** 门票产品信息 */
  ticket_info?: TaobaoAlitripTravelAxinHotelticketProductDetailTicketInfoDTO;
  /** 门票张数 */
  ticket_num?: Int64;
}

/** `TicketInfoDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailTicketInfoDTO {
  /** 景区名称 */
  scenic_name?: string;
  /** 收费项目名称 */
  spu_name?: string;
  /** 票种名称 */
  ticket_kind_name?: string;
  /** 场次名称 */
  session_name?: string;
  /** 区域名称 */
  region_name?: string;
}

/** `PackageCateringInfoDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailPackageCateringInfoDTO {
  /** 餐饮名称 */
  catering_name?: string;
  /** 餐饮类型 */
  catering_type?: Int64;
  /** 餐饮份数类型 */
  catering_num_type?: Int64;
  /** 餐饮份数 */
  catering_num?: Int64;
  /** 餐饮份数为其他时，其他说明 */
  catering_remark?: string;
  /** 备注 */
  remark?: string;
}

/** `PackageOtherProductDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailPackageOtherProductDTO {
  /** 其他产品id */
  other_id?: Int64;
  /** 其他产品名称 */
  other_name?: string;
  /** 备注 */
  remark?: string;
}

/** `PackageHotelPolicyDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailPackageHotelPolicyDTO {
  /** 入住时间 */
  check_in_time?: string;
  /** 离店时间 */
  check_out_time?: string;
  /** 入住方式 */
  check_in_types?: string[];
  /** 入住方式其他说明 */
  check_in_type_remark?: string;
  /** 备注 */
  remark?: string;
}

/** `PackageTicketPolicyDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailPackageTicketPolicyDTO {
  /** 使用规则名称 */
  ticket_rule_name?: string;
  /** 门票使用非结构化描述 */
  ticket_description?: string;
  /** 门票使用规则备注信息 */
  remark?: string;
}

/** `PackageCateringPolicyDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailPackageCateringPolicyDTO {
  /** 餐饮使用规则名称 */
  catering_rule_name?: string;
  /** 就餐开始时间 */
  start_time?: string;
  /** 就餐截止时间 */
  end_time?: string;
  /** 就餐方式 */
  catering_way?: string;
  /** 餐饮规则非结构化描述 */
  catering_description?: string;
}

/** `PackageCateringPolicyDTO` of `taobao.alitrip.travel.axin.hotelticket.product.detail`. */
export interface TaobaoAlitripTravelAxinHotelticketProductDetailPackageCateringPolicyDTO2 {
  /** 其他产品使用规则名称 */
  other_rule_name?: string;
  /** 其他产品非结构化描述 */
  other_description?: string;
}

const REQUEST_SCHEMA = {
  distributor_tid: 'Number',
  product_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    data: {
      product_id: 'Number',
      package_name: 'String',
      package_desc: 'String',
      prices: [
        {
          price: 'Number',
          date: 'String',
        },
      ],
      inventories: [
        {
          inv_count: 'Number',
          date: 'String',
        },
      ],
      refund_policy: {
        refund_type: 'Number',
        condition_refund_policies: [
          {
            condition_refund_type: 'Number',
            days: 'Number',
            hours: 'Number',
            minutes: 'Number',
            charge_amount: 'Number',
            percent: 'Number',
          },
        ],
      },
      booking_policy: {
        is_specify_time: 'Boolean',
        advance_booking_days: 'Number',
        advance_booking_time: 'String',
        valid_hour_limit: 'Number',
        valid_minute_limit: 'Number',
      },
      limit_policy: {
        is_limit: 'Boolean',
        limit_type: 'Number',
        limit_mode: 'Number',
        limit_amount_type: 'Number',
        limit_range_type: 'Number',
        order_start_date: 'String',
        order_end_date: 'String',
        limit_amount: 'Number',
        min_amount: 'Number',
        max_amount: 'Number',
      },
      tourist_policy: {
        field_types: ['String'],
        certificates_types: ['String'],
      },
      cost_not_include: 'String',
      area_info: {
        province_id: 'Number',
        province_name: 'String',
        city_id: 'Number',
        city_name: 'String',
        district_id: 'Number',
        district_name: 'String',
        longitude: 'String',
        latitude: 'String',
      },
      hotel_rates: [
        {
          hotel_rate: {
            hotel_name: 'String',
            room_name: 'String',
          },
          bed_type: 'String',
          room_night_num: 'Number',
          adult_num: 'Number',
          children_num: 'Number',
        },
      ],
      ticket_infos: [
        {
          ticket_info: {
            scenic_name: 'String',
            spu_name: 'String',
            ticket_kind_name: 'String',
            session_name: 'String',
            region_name: 'String',
          },
          ticket_num: 'Number',
        },
      ],
      catering_infos: [
        {
          catering_name: 'String',
          catering_type: 'Number',
          catering_num_type: 'Number',
          catering_num: 'Number',
          catering_remark: 'String',
          remark: 'String',
        },
      ],
      other_products: [
        {
          other_id: 'Number',
          other_name: 'String',
          remark: 'String',
        },
      ],
      hotel_policies: [
        {
          check_in_time: 'String',
          check_out_time: 'String',
          check_in_types: ['String'],
          check_in_type_remark: 'String',
          remark: 'String',
        },
      ],
      ticket_policies: [
        {
          ticket_rule_name: 'String',
          ticket_description: 'String',
          remark: 'String',
        },
      ],
      catering_policies: [
        {
          catering_rule_name: 'String',
          start_time: 'String',
          end_time: 'String',
          catering_way: 'String',
          catering_description: 'String',
        },
      ],
      other_policies: [
        {
          other_rule_name: 'String',
          other_description: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.hotelticket.product.detail`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinHotelticketProductDetailOperation = {
  method: 'taobao.alitrip.travel.axin.hotelticket.product.detail',
  responseRoot: 'alitrip_travel_axin_hotelticket_product_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿信酒景套餐产品详情查询 — calls TOP method `taobao.alitrip.travel.axin.hotelticket.product.detail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinHotelticketProductDetail(
  client: TopClient,
  request: TaobaoAlitripTravelAxinHotelticketProductDetailRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinHotelticketProductDetailResponse> {
  return client.call<TaobaoAlitripTravelAxinHotelticketProductDetailResponse>(
    {
      method: 'taobao.alitrip.travel.axin.hotelticket.product.detail',
      responseRoot: 'alitrip_travel_axin_hotelticket_product_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
