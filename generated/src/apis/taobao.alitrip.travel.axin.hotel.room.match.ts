// Generated from specs/axindata/taobao.alitrip.travel.axin.hotel.room.match.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.hotel.room.match` (阿信酒店房型匹配). */
export interface TaobaoAlitripTravelAxinHotelRoomMatchRequest {
  /** 参数 */
  req: TaobaoAlitripTravelAxinHotelRoomMatchMatchedRoomRequestDTOInput;
}

/** Response of `taobao.alitrip.travel.axin.hotel.room.match`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinHotelRoomMatchResponse {
  /** 结果 */
  result?: TaobaoAlitripTravelAxinHotelRoomMatchBaseResultApiDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MatchedRoomRequestDTO` of `taobao.alitrip.travel.axin.hotel.room.match`. */
export interface TaobaoAlitripTravelAxinHotelRoomMatchMatchedRoomRequestDTOInput {
  /** 要匹配的房型参数列表 */
  hotel_room_match_d_t_o_list: TaobaoAlitripTravelAxinHotelRoomMatchHotelRoomMatchDTOInput[];
  /** 分销商淘宝账号id */
  distributor_tid: Int64Input;
}

/** `HotelRoomMatchDTO` of `taobao.alitrip.travel.axin.hotel.room.match`. */
export interface TaobaoAlitripTravelAxinHotelRoomMatchHotelRoomMatchDTOInput {
  /** 房型英文名称 */
  room_name_en?: string;
  /** 对应标准酒店id */
  shid: Int64Input;
  /** 房型中文名称 */
  room_name: string;
  /** 床型类型 */
  bed_type?: string;
}

/** `BaseResultApiDTO` of `taobao.alitrip.travel.axin.hotel.room.match`. */
export interface TaobaoAlitripTravelAxinHotelRoomMatchBaseResultApiDTO {
  /** 匹配结果DTO */
  data?: TaobaoAlitripTravelAxinHotelRoomMatchMatchedRoomBatchResultDTO;
  /** 调用是否成功,true为成功 */
  succ?: boolean;
  /** 错误code */
  er_code?: string;
  /** 错误信息 */
  er_msg?: string;
}

/** `MatchedRoomBatchResultDTO` of `taobao.alitrip.travel.axin.hotel.room.match`. */
export interface TaobaoAlitripTravelAxinHotelRoomMatchMatchedRoomBatchResultDTO {
  /** 每个房型匹配结果封装对象 */
  matched_room_result_list?: TaobaoAlitripTravelAxinHotelRoomMatchMatchedRoomResultDTO[];
}

/** `MatchedRoomResultDTO` of `taobao.alitrip.travel.axin.hotel.room.match`. */
export interface TaobaoAlitripTravelAxinHotelRoomMatchMatchedRoomResultDTO {
  /** 标准酒店id */
  shid?: Int64;
  /** 房型名称 */
  room_name?: string;
  /** 当前房型的匹配是否成功 */
  success?: boolean;
  /** 错误code */
  er_code?: string;
  /** 错误信息 */
  er_msg?: string;
  /** 当前房型匹配最终结果列表， */
  matched_room_data_list?: TaobaoAlitripTravelAxinHotelRoomMatchMatchedRoomDataDTO[];
}

/** `MatchedRoomDataDTO` of `taobao.alitrip.travel.axin.hotel.room.match`. */
export interface TaobaoAlitripTravelAxinHotelRoomMatchMatchedRoomDataDTO {
  /** 匹配结果标准房型id */
  srid?: Int64;
  /** 分值,越高可信度越高 */
  score?: string;
}

const REQUEST_SCHEMA = {
  req: {
    hotel_room_match_d_t_o_list: [
      {
        room_name_en: 'String',
        shid: 'Number',
        room_name: 'String',
        bed_type: 'String',
      },
    ],
    distributor_tid: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      matched_room_result_list: [
        {
          shid: 'Number',
          room_name: 'String',
          success: 'Boolean',
          er_code: 'String',
          er_msg: 'String',
          matched_room_data_list: [
            {
              srid: 'Number',
              score: 'String',
            },
          ],
        },
      ],
    },
    succ: 'Boolean',
    er_code: 'String',
    er_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.hotel.room.match`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinHotelRoomMatchOperation = {
  method: 'taobao.alitrip.travel.axin.hotel.room.match',
  responseRoot: 'alitrip_travel_axin_hotel_room_match_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿信酒店房型匹配 — calls TOP method `taobao.alitrip.travel.axin.hotel.room.match`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinHotelRoomMatch(
  client: TopClient,
  request: TaobaoAlitripTravelAxinHotelRoomMatchRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinHotelRoomMatchResponse> {
  return client.call<TaobaoAlitripTravelAxinHotelRoomMatchResponse>(
    {
      method: 'taobao.alitrip.travel.axin.hotel.room.match',
      responseRoot: 'alitrip_travel_axin_hotel_room_match_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
