// Generated from specs/xhotelitem/taobao.xhotel.baseinfo.room.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.baseinfo.room.get` (酒店房型与房价查询). */
export interface TaobaoXhotelBaseinfoRoomGetRequest {
  /**
   * 卖家系统中的酒店ID。
   *
   * Max length: 64
   */
  out_hid: string;
  /** 用于标示该酒店发布的渠道信息 */
  vendor?: string;
  /** 是否需要房价基本信息（false为不需要），默认为需要 */
  is_need_rate_plan?: boolean;
}

/** Response of `taobao.xhotel.baseinfo.room.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelBaseinfoRoomGetResponse {
  /** result */
  result?: TaobaoXhotelBaseinfoRoomGetResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.baseinfo.room.get`. */
export interface TaobaoXhotelBaseinfoRoomGetResultSet {
  /** success */
  success?: boolean;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** 酒店基础信息 */
  xhotel_base_info?: TaobaoXhotelBaseinfoRoomGetXHotelInfoWithRoom;
}

/** `XHotelInfoWithRoom` of `taobao.xhotel.baseinfo.room.get`. */
export interface TaobaoXhotelBaseinfoRoomGetXHotelInfoWithRoom {
  /** 房型基础信息 */
  room_type_list?: TaobaoXhotelBaseinfoRoomGetRoomType[];
}

/** `RoomType` of `taobao.xhotel.baseinfo.room.get`. */
export interface TaobaoXhotelBaseinfoRoomGetRoomType {
  /** 房价列表 */
  rate_plan_list?: TaobaoXhotelBaseinfoRoomGetRatepPlan[];
  /** 系统商 */
  vendor?: string;
  /** 房型名称 */
  name?: string;
  /** 房型状态。0:正常，-1:删除，-2:停售 */
  status?: Int64;
  /** outerId */
  outer_id?: string;
}

/** `RatepPlan` of `taobao.xhotel.baseinfo.room.get`. */
export interface TaobaoXhotelBaseinfoRoomGetRatepPlan {
  /** 系统商 */
  vendor?: string;
  /** 房价名称 */
  name?: string;
  /** ratePlanCode */
  rate_plan_code?: string;
  /** 1：开启2：关闭。 */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  out_hid: 'String',
  vendor: 'String',
  is_need_rate_plan: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    xhotel_base_info: {
      room_type_list: [
        {
          rate_plan_list: [
            {
              vendor: 'String',
              name: 'String',
              rate_plan_code: 'String',
              status: 'Number',
            },
          ],
          vendor: 'String',
          name: 'String',
          status: 'Number',
          outer_id: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.baseinfo.room.get`: method, response root, request and response schemas. */
export const taobaoXhotelBaseinfoRoomGetOperation = {
  method: 'taobao.xhotel.baseinfo.room.get',
  responseRoot: 'xhotel_baseinfo_room_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店房型与房价查询 — calls TOP method `taobao.xhotel.baseinfo.room.get`.
 *
 * 根据outHid/hid获取酒店的房型和价格信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelBaseinfoRoomGet(
  client: TopClient,
  request: TaobaoXhotelBaseinfoRoomGetRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelBaseinfoRoomGetResponse> {
  return client.call<TaobaoXhotelBaseinfoRoomGetResponse>(
    {
      method: 'taobao.xhotel.baseinfo.room.get',
      responseRoot: 'xhotel_baseinfo_room_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
