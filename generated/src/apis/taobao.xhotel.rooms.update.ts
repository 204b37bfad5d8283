// Generated from specs/xhotelitem/taobao.xhotel.rooms.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.rooms.update` (房型共享库存推送接口（批量全量）). */
export interface TaobaoXhotelRoomsUpdateRequest {
  /** 批量全量推送房型共享库存,一次最多修改30个房型。json encode。示例：[{"out_rid":"hotel1_roomtype22","vendor":"","allotment_start_Time":"","allotment_end_time":"","superbook_start_time":"","superbook_end_time":"","roomQuota":[{"date":2010-01-28,"quota":10,"al_quota":2,"sp_quota":3}]}] 其中al_quota为保留房库存，sp_quota为超预定库存，quota为物理库存。al_quota和sp_quota需要向运营申请权限才可维护。allotment_start_Time和allotment_end_time为保留房库存开始和截止时间；superbook_start_time和superbook_end_time为超预定库存开始和截止时间。 */
  room_quota_map: string;
}

/** Response of `taobao.xhotel.rooms.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRoomsUpdateResponse {
  /** 成功的gids LIST */
  gids?: string[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  room_quota_map: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  gids: ['String'],
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.rooms.update`: method, response root, request and response schemas. */
export const taobaoXhotelRoomsUpdateOperation = {
  method: 'taobao.xhotel.rooms.update',
  responseRoot: 'xhotel_rooms_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 房型共享库存推送接口（批量全量） — calls TOP method `taobao.xhotel.rooms.update`.
 *
 * 此接口用于更新多个集市酒店商品房态信息，根据传入的gids更新商品信息，该商品必须为对应的发布者才能执行更新操作。如果对应的商品在淘宝集市酒店系统中不存在，则会返回错误提示。是全量更新，非增量，会把之前的房态进行覆盖。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRoomsUpdate(
  client: TopClient,
  request: TaobaoXhotelRoomsUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelRoomsUpdateResponse> {
  return client.call<TaobaoXhotelRoomsUpdateResponse>(
    {
      method: 'taobao.xhotel.rooms.update',
      responseRoot: 'xhotel_rooms_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
