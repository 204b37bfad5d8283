// Generated from specs/axindata/taobao.alitrip.travel.axin.hotel.match.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.hotel.match` (酒店匹配接口-阿信). */
export interface TaobaoAlitripTravelAxinHotelMatchRequest {
  /** 请求 */
  req: TaobaoAlitripTravelAxinHotelMatchMatchedHotelRequestDTOInput;
}

/** Response of `taobao.alitrip.travel.axin.hotel.match`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinHotelMatchResponse {
  /** 结果result */
  result?: TaobaoAlitripTravelAxinHotelMatchBaseResultApiDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MatchedHotelRequestDTO` of `taobao.alitrip.travel.axin.hotel.match`. */
export interface TaobaoAlitripTravelAxinHotelMatchMatchedHotelRequestDTOInput {
  /** 要匹配的酒店参数列表 */
  hotel_match_d_t_o_list: TaobaoAlitripTravelAxinHotelMatchHotelMatchDTOInput[];
  /** 分销商id */
  distributor_tid: Int64Input;
}

/** `HotelMatchDTO` of `taobao.alitrip.travel.axin.hotel.match`. */
export interface TaobaoAlitripTravelAxinHotelMatchHotelMatchDTOInput {
  /** 酒店地址 */
  address?: string;
  /** 酒店英文名称 */
  hotel_en_name?: string;
  /** 经度 */
  latitude?: string;
  /** 酒店中文名称 */
  hotel_name: string;
  /** 英文地址 */
  address_en?: string;
  /** 纬度 */
  longitude?: string;
  /** 酒店电话 */
  tel?: string;
}

/** `BaseResultApiDTO` of `taobao.alitrip.travel.axin.hotel.match`. */
export interface TaobaoAlitripTravelAxinHotelMatchBaseResultApiDTO {
  /** 结果返回模型 */
  data?: TaobaoAlitripTravelAxinHotelMatchMatchedHotelBatchResultDTO;
  /** 调用是否成功 */
  succ?: boolean;
  /** 错误code */
  er_code?: string;
  /** 错误msg */
  er_msg?: string;
}

/** `MatchedHotelBatchResultDTO` of `taobao.alitrip.travel.axin.hotel.match`. */
export interface TaobaoAlitripTravelAxinHotelMatchMatchedHotelBatchResultDTO {
  /** 酒店匹配结果列表 */
  matched_hotel_result_list?: TaobaoAlitripTravelAxinHotelMatchMatchedHotelResultDTO[];
}

/** `MatchedHotelResultDTO` of `taobao.alitrip.travel.axin.hotel.match`. */
export interface TaobaoAlitripTravelAxinHotelMatchMatchedHotelResultDTO {
  /** 参数酒店名称 */
  hotel_name?: string;
  /** 酒店匹配结果列表，会有相应分值 */
  matched_hotel_data_list?: TaobaoAlitripTravelAxinHotelMatchMatchedHotelDataDTO[];
  /** 错误code */
  er_code?: string;
  /** 错误信息 */
  er_msg?: string;
  /** 当前匹配是否有异常 */
  succ?: boolean;
}

/** `MatchedHotelDataDTO` of `taobao.alitrip.travel.axin.hotel.match`. */
export interface TaobaoAlitripTravelAxinHotelMatchMatchedHotelDataDTO {
  /** 匹配的标准酒店id */
  shid?: Int64;
  /** 分值 */
  score?: string;
}

const REQUEST_SCHEMA = {
  req: {
    hotel_match_d_t_o_list: [
      {
        address: 'String',
        hotel_en_name: 'String',
        latitude: 'String',
        hotel_name: 'String',
        address_en: 'String',
        longitude: 'String',
        tel: 'String',
      },
    ],
    distributor_tid: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      matched_hotel_result_list: [
        {
          hotel_name: 'String',
          matched_hotel_data_list: [
            {
              shid: 'Number',
              score: 'String',
            },
          ],
          er_code: 'String',
          er_msg: 'String',
          succ: 'Boolean',
        },
      ],
    },
    succ: 'Boolean',
    er_code: 'String',
    er_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.hotel.match`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinHotelMatchOperation = {
  method: 'taobao.alitrip.travel.axin.hotel.match',
  responseRoot: 'alitrip_travel_axin_hotel_match_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店匹配接口-阿信 — calls TOP method `taobao.alitrip.travel.axin.hotel.match`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinHotelMatch(
  client: TopClient,
  request: TaobaoAlitripTravelAxinHotelMatchRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinHotelMatchResponse> {
  return client.call<TaobaoAlitripTravelAxinHotelMatchResponse>(
    {
      method: 'taobao.alitrip.travel.axin.hotel.match',
      responseRoot: 'alitrip_travel_axin_hotel_match_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
