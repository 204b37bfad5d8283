// Generated from specs/xhotelitem/taobao.xhotel.rates.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.rates.update` (价格推送接口（批量全量）). */
export interface TaobaoXhotelRatesUpdateRequest {
  /** 批量修改价格和房价专有库存信息，json格式,可同时修改多套房型+价格计划的价格：A:use_room_inventory:是否使用房型共享库存，可选值 true false 1、true时：使用房型共享库存 2、false时：使用房价专有库存，此时要求房价专有库存必填。B:date 日期必须为 T-1 --- T+180 日内的日期（T为当天），不能重复。 C:price 价格 int类型 取值范围1-99999999 单位为分D:quota 房价专有库存 int 类型 取值范围 0-999（数量库存） 60000(状态库存关) 61000(状态库存开) E:status 价格开关，0为关，1为开。lock_start_time为锁库存开始时间，lock_end_time为锁库存结束时间，如果当前时间在这个时间范围内，那么不允许修改库存。示例值：（1）[{"out_rid":"ABCDE_123","rateplan_code":"ABCDE_WHL01","vendor":"","lock_start_time":"","lock_end_time":"","data":{"use_room_inventory":false,"inventory_price":[{"date":"2013-11-18","quota":1,"price":1000,"status":1},{"date":"2013-11-19","quota":1,"price":1000,"status":0}]}},{"out_rid":"ABCDE_234","rateplan_code":"ABCDE_WHL01","vendor":"","data":{"use_room_inventory":false,"inventory_price":[{"date":"2013-11-18","quota":1,"price":1000,"status":1},{"date":"2013-11-19","quota":1,"price":1000,"status":0}]}}] */
  rate_inventory_price_map: string;
}

/** Response of `taobao.xhotel.rates.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRatesUpdateResponse {
  /** gid_and_rateplan_ids */
  gid_and_rpids?: string[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  rate_inventory_price_map: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  gid_and_rpids: ['String'],
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.rates.update`: method, response root, request and response schemas. */
export const taobaoXhotelRatesUpdateOperation = {
  method: 'taobao.xhotel.rates.update',
  responseRoot: 'xhotel_rates_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 价格推送接口（批量全量） — calls TOP method `taobao.xhotel.rates.update`.
 *
 * 酒店产品库rate批量更新房态信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRatesUpdate(
  client: TopClient,
  request: TaobaoXhotelRatesUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelRatesUpdateResponse> {
  return client.call<TaobaoXhotelRatesUpdateResponse>(
    {
      method: 'taobao.xhotel.rates.update',
      responseRoot: 'xhotel_rates_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
