// Generated from specs/xhotelitem/taobao.xhotel.rooms.increment.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.rooms.increment` (房型库存推送接口（批量增量）). */
export interface TaobaoXhotelRoomsIncrementRequest {
  /** 批量全量推送房型共享库存,一次最多修改30个房型。json encode。示例：[{"out_rid":"hotel1_roomtype22","vendor":"","allotment_start_Time":"","allotment_end_time":"","superbook_start_time":"","superbook_end_time":"","roomQuota":[{"date":2010-01-28,"quota":10,"al_quota":2,"sp_quota":3}]}] 其中al_quota为保留房库存，sp_quota为超预定库存，quota为物理库存。al_quota和sp_quota需要向运营申请权限才可维护。allotment_start_Time和allotment_end_time为保留房库存开始和截止时间；superbook_start_time和superbook_end_time为超预定库存开始和截止时间。 */
  room_quota_map: string;
}

/** Response of `taobao.xhotel.rooms.increment`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRoomsIncrementResponse {
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

/** Static description of `taobao.xhotel.rooms.increment`: method, response root, request and response schemas. */
export const taobaoXhotelRoomsIncrementOperation = {
  method: 'taobao.xhotel.rooms.increment',
  responseRoot: 'xhotel_rooms_increment_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 房型库存推送接口（批量增量） — calls TOP method `taobao.xhotel.rooms.increment`.
 *
 * Room库存增量更新接口，用户仅需要更新ROOM库存中发生变化的库存日历即可。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRoomsIncrement(
  client: TopClient,
  request: TaobaoXhotelRoomsIncrementRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelRoomsIncrementResponse> {
  return client.call<TaobaoXhotelRoomsIncrementResponse>(
    {
      method: 'taobao.xhotel.rooms.increment',
      responseRoot: 'xhotel_rooms_increment_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
