// Generated from specs/xhotelitem/taobao.xhotel.roomtype.conflict.data.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.roomtype.conflict.data` (商家床型冲突数据接口). */
export interface TaobaoXhotelRoomtypeConflictDataRequest {
  /** 查询第几页数据 */
  current_page?: Int64Input;
}

/** Response of `taobao.xhotel.roomtype.conflict.data`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRoomtypeConflictDataResponse {
  /** 查询结果集 */
  result?: TaobaoXhotelRoomtypeConflictDataResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.roomtype.conflict.data`. */
export interface TaobaoXhotelRoomtypeConflictDataResultSet {
  /** 警告信息 */
  warn_message?: string;
  /** 总数 */
  total_results?: Int64;
  /** errorCode */
  error_code?: string;
  /** 是否还有下一页 */
  has_next?: boolean;
  /** 结果集 */
  results?: TaobaoXhotelRoomtypeConflictDataRoomTypeCheckResultDO[];
  /** errorMsg */
  error_msg?: string;
}

/** `RoomTypeCheckResultDO` of `taobao.xhotel.roomtype.conflict.data`. */
export interface TaobaoXhotelRoomtypeConflictDataRoomTypeCheckResultDO {
  /** 床型数据检查结果，false代表有冲突 */
  bedtypecheckresult?: string;
  /** 结构化床型 */
  bed_type?: string;
  /** 原始床型 */
  origin_bed_type?: string;
  /** 房型英文名称 */
  roomtypeenname?: string;
  /** 房型名称 */
  roomtypename?: string;
  /** 房型编码 */
  outer_room_type_id?: string;
  /** 酒店名称 */
  hotelname?: string;
  /** 酒店编码 */
  outer_hotel_id?: string;
  /** 冲突数据创建时间（供商家参考，如果时间是过去三天以外的，那么可以不用关注） */
  gmt_create?: string;
  /** 床型英文描叙 */
  ennamebedtypedesc?: string;
  /** 床型描叙 */
  namebedtypedesc?: string;
  /** 床型描叙 */
  bedtypedesc?: string;
  /** 床型检查信息 */
  bedtypecheckmsg?: string;
}

const REQUEST_SCHEMA = {
  current_page: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    warn_message: 'String',
    total_results: 'Number',
    error_code: 'String',
    has_next: 'Boolean',
    results: [
      {
        bedtypecheckresult: 'String',
        bed_type: 'String',
        origin_bed_type: 'String',
        roomtypeenname: 'String',
        roomtypename: 'String',
        outer_room_type_id: 'String',
        hotelname: 'String',
        outer_hotel_id: 'String',
        gmt_create: 'String',
        ennamebedtypedesc: 'String',
        namebedtypedesc: 'String',
        bedtypedesc: 'String',
        bedtypecheckmsg: 'String',
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.roomtype.conflict.data`: method, response root, request and response schemas. */
export const taobaoXhotelRoomtypeConflictDataOperation = {
  method: 'taobao.xhotel.roomtype.conflict.data',
  responseRoot: 'xhotel_roomtype_conflict_data_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家床型冲突数据接口 — calls TOP method `taobao.xhotel.roomtype.conflict.data`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRoomtypeConflictData(
  client: TopClient,
  request: TaobaoXhotelRoomtypeConflictDataRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelRoomtypeConflictDataResponse> {
  return client.call<TaobaoXhotelRoomtypeConflictDataResponse>(
    {
      method: 'taobao.xhotel.roomtype.conflict.data',
      responseRoot: 'xhotel_roomtype_conflict_data_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
