// Generated from specs/btrip/alitrip.btrip.hotel.distribution.search.low.price.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.hotel.distribution.search.low.price` (商旅酒店api分销-酒店最低价). */
export interface AlitripBtripHotelDistributionSearchLowPriceRequest {
  /** 列表最低价入参 */
  param_hotel_search_list_r_q?: AlitripBtripHotelDistributionSearchLowPriceHotelSearchListRqInput;
}

/** Response of `alitrip.btrip.hotel.distribution.search.low.price`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripHotelDistributionSearchLowPriceResponse {
  /** 返回出参 */
  result?: AlitripBtripHotelDistributionSearchLowPriceHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HotelSearchListRq` of `alitrip.btrip.hotel.distribution.search.low.price`. */
export interface AlitripBtripHotelDistributionSearchLowPriceHotelSearchListRqInput {
  /** 入住时间 */
  check_in: string;
  /** 离店时间 */
  check_out: string;
  /** 城市code */
  city_code?: string;
  /** 城市名称 */
  city_name?: string;
  /** 子渠道 */
  sub_channel: string;
  /** 排序方式，0-默认|1-销量|2-价格|3-距离|4-好评 */
  order?: Int64Input;
  /** 排序方向，1-升序 or 0-降序 */
  dir?: Int64Input;
  /** 酒店id，多个用英文逗号分隔符 */
  shids?: string;
  /** 第几页 */
  page_no?: Int64Input;
  /** 分页大小，不能超过50 */
  page_size?: Int64Input;
}

/** `HisvResult` of `alitrip.btrip.hotel.distribution.search.low.price`. */
export interface AlitripBtripHotelDistributionSearchLowPriceHisvResult {
  /** 返回出参 */
  module?: AlitripBtripHotelDistributionSearchLowPriceHotelSearchListRs;
  /** 返回状态 */
  result_code?: Int64;
  /** 返回描述 */
  result_msg?: string;
}

/** `HotelSearchListRs` of `alitrip.btrip.hotel.distribution.search.low.price`. */
export interface AlitripBtripHotelDistributionSearchLowPriceHotelSearchListRs {
  /** 酒店列表 */
  hotels?: AlitripBtripHotelDistributionSearchLowPriceHotelListDto[];
  /** 酒店数量 */
  total?: Int64;
}

/** `HotelListDto` of `alitrip.btrip.hotel.distribution.search.low.price`. */
export interface AlitripBtripHotelDistributionSearchLowPriceHotelListDto {
  /** 最低价，单位分 */
  low_price?: Int64;
  /** 酒店名称 */
  name?: string;
  /** 酒店标准ID */
  shid?: Int64;
  /** 供应商code */
  supplier_code?: string;
  /** 供应商名称 */
  supplier_name?: string;
  /** 协议价标识 */
  is_protocol?: boolean;
}

const REQUEST_SCHEMA = {
  param_hotel_search_list_r_q: {
    check_in: 'String',
    check_out: 'String',
    city_code: 'String',
    city_name: 'String',
    sub_channel: 'String',
    order: 'Number',
    dir: 'Number',
    shids: 'String',
    page_no: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      hotels: [
        {
          low_price: 'Number',
          name: 'String',
          shid: 'Number',
          supplier_code: 'String',
          supplier_name: 'String',
          is_protocol: 'Boolean',
        },
      ],
      total: 'Number',
    },
    result_code: 'Number',
    result_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.hotel.distribution.search.low.price`: method, response root, request and response schemas. */
export const alitripBtripHotelDistributionSearchLowPriceOperation = {
  method: 'alitrip.btrip.hotel.distribution.search.low.price',
  responseRoot: 'alitrip_btrip_hotel_distribution_search_low_price_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅酒店api分销-酒店最低价 — calls TOP method `alitrip.btrip.hotel.distribution.search.low.price`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripHotelDistributionSearchLowPrice(
  client: TopClient,
  request: AlitripBtripHotelDistributionSearchLowPriceRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripHotelDistributionSearchLowPriceResponse> {
  return client.call<AlitripBtripHotelDistributionSearchLowPriceResponse>(
    {
      method: 'alitrip.btrip.hotel.distribution.search.low.price',
      responseRoot: 'alitrip_btrip_hotel_distribution_search_low_price_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
