// Generated from specs/axindata/taobao.alitrip.travel.axin.hotel.room.list.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.hotel.room.list.query` (阿信酒店分销-标准酒店房型列表查询). */
export interface TaobaoAlitripTravelAxinHotelRoomListQueryRequest {
  /** 资源渠道 */
  resource_channel: string;
  /** 标准酒店id */
  shid: Int64Input;
  /** 分销商id */
  distributor_tid: Int64Input;
}

/** Response of `taobao.alitrip.travel.axin.hotel.room.list.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinHotelRoomListQueryResponse {
  /** 返回模型 */
  result?: TaobaoAlitripTravelAxinHotelRoomListQueryBaseResultApiDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResultApiDTO` of `taobao.alitrip.travel.axin.hotel.room.list.query`. */
export interface TaobaoAlitripTravelAxinHotelRoomListQueryBaseResultApiDTO {
  /** 房型信息 */
  data?: TaobaoAlitripTravelAxinHotelRoomListQueryStdRoomDTO[];
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `StdRoomDTO` of `taobao.alitrip.travel.axin.hotel.room.list.query`. */
export interface TaobaoAlitripTravelAxinHotelRoomListQueryStdRoomDTO {
  /** 标准房型ID */
  srid?: Int64;
  /** 标准酒店id */
  shid?: Int64;
  /** 房型名称 */
  name?: string;
  /** 标准房型英文名称 */
  name_en?: string;
  /** 楼层 */
  floor?: string;
  /** 宽带服务 */
  network_service?: string;
  /** 设施 */
  facility?: string;
  /** 最大入住人数 */
  max_occupancy?: Int64;
  /** 面积 */
  area?: string;
  /** 窗型0-无窗1-有窗2-部分有窗 */
  window_type?: string;
  /** 是否可加床 0-否；1-是 */
  add_bed?: number;
  /** 床型 BedGroupDTO 之间是 或的关系，group 内部的 BedInfoDTO 是 与的关系 */
  bed_group_d_t_o_list?: TaobaoAlitripTravelAxinHotelRoomListQueryBedGroupDTO[];
  /** 卫生间信息 */
  bathroom?: string;
  /** 状态0 - 正常 ，-1 删除 ，-4 失效 */
  status?: number;
  /** 床型描述 */
  bed_type_desc?: string;
}

/** `BedGroupDTO` of `taobao.alitrip.travel.axin.hotel.room.list.query`. */
export interface TaobaoAlitripTravelAxinHotelRoomListQueryBedGroupDTO {
  /** 床型详细信息 */
  bed_info_d_t_o_list?: TaobaoAlitripTravelAxinHotelRoomListQueryBedInfoDTO[];
}

/** `BedInfoDTO` of `taobao.alitrip.travel.axin.hotel.room.list.query`. */
export interface TaobaoAlitripTravelAxinHotelRoomListQueryBedInfoDTO {
  /** 描述 */
  desc?: string;
  /** 床型0-大床1-双床2-单人床 */
  bed_type?: string;
  /** 数量 */
  bed_num?: Int64;
  /** 床宽 */
  width?: string;
  /** 床长 */
  length?: string;
}

const REQUEST_SCHEMA = {
  resource_channel: 'String',
  shid: 'Number',
  distributor_tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: [
      {
        srid: 'Number',
        shid: 'Number',
        name: 'String',
        name_en: 'String',
        floor: 'String',
        network_service: 'String',
        facility: 'String',
        max_occupancy: 'Number',
        area: 'String',
        window_type: 'String',
        add_bed: 'byte',
        bed_group_d_t_o_list: [
          {
            bed_info_d_t_o_list: [
              {
                desc: 'String',
                bed_type: 'String',
                bed_num: 'Number',
                width: 'String',
                length: 'String',
              },
            ],
          },
        ],
        bathroom: 'String',
        status: 'byte',
        bed_type_desc: 'String',
      },
    ],
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.hotel.room.list.query`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinHotelRoomListQueryOperation = {
  method: 'taobao.alitrip.travel.axin.hotel.room.list.query',
  responseRoot: 'alitrip_travel_axin_hotel_room_list_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿信酒店分销-标准酒店房型列表查询 — calls TOP method `taobao.alitrip.travel.axin.hotel.room.list.query`.
 *
 * 标准酒店房型列表查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinHotelRoomListQuery(
  client: TopClient,
  request: TaobaoAlitripTravelAxinHotelRoomListQueryRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinHotelRoomListQueryResponse> {
  return client.call<TaobaoAlitripTravelAxinHotelRoomListQueryResponse>(
    {
      method: 'taobao.alitrip.travel.axin.hotel.room.list.query',
      responseRoot: 'alitrip_travel_axin_hotel_room_list_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
