// Generated from specs/travel/taobao.alitrip.travel.baseinfo.cities.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.baseinfo.cities.get` (【API3.0】度假线路商品发布时基础信息获取接口：地址数据查询). */
export interface TaobaoAlitripTravelBaseinfoCitiesGetRequest {
  /** 1-获取目的地城市列表 2-获取出发地城市列表 */
  ioc_type: Int64Input;
  /** 1-境内跟团游 2-境内自由行 3-出境跟团游 4-出境自由行 5-境外当地玩乐 6-国际邮轮 9-境内邮轮 */
  cat_type: Int64Input;
}

/** Response of `taobao.alitrip.travel.baseinfo.cities.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelBaseinfoCitiesGetResponse {
  /** 地区级联城市列表，返回数据为json数组结构的字符串 */
  ioc_infos?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ioc_type: 'Number',
  cat_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ioc_infos: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.baseinfo.cities.get`: method, response root, request and response schemas. */
export const taobaoAlitripTravelBaseinfoCitiesGetOperation = {
  method: 'taobao.alitrip.travel.baseinfo.cities.get',
  responseRoot: 'alitrip_travel_baseinfo_cities_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【API3.0】度假线路商品发布时基础信息获取接口：地址数据查询 — calls TOP method `taobao.alitrip.travel.baseinfo.cities.get`.
 *
 * 旅行度假新商品发布时可用的扩展接口，用于获取可用的出发地或目的地城市列表。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelBaseinfoCitiesGet(
  client: TopClient,
  request: TaobaoAlitripTravelBaseinfoCitiesGetRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelBaseinfoCitiesGetResponse> {
  return client.call<TaobaoAlitripTravelBaseinfoCitiesGetResponse>(
    {
      method: 'taobao.alitrip.travel.baseinfo.cities.get',
      responseRoot: 'alitrip_travel_baseinfo_cities_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
