// Generated from specs/travel/taobao.alitrip.travel.baseinfo.scenics.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.baseinfo.scenics.get` (【API3.0】基础信息获取接口：景点数据查询). */
export interface TaobaoAlitripTravelBaseinfoScenicsGetRequest {
  /** 城市名称 */
  city?: string;
  /** 景点简称 */
  scenic: string;
  /** 景点id，可选。若传了该值，则查询结果中只会保留该id的景点，其余景点信息将被过滤 */
  scenic_id?: Int64Input;
}

/** Response of `taobao.alitrip.travel.baseinfo.scenics.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelBaseinfoScenicsGetResponse {
  /** 返回详细景点信息，返回数据为json数组结构的字符串 */
  scenic_infos?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  city: 'String',
  scenic: 'String',
  scenic_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  scenic_infos: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.baseinfo.scenics.get`: method, response root, request and response schemas. */
export const taobaoAlitripTravelBaseinfoScenicsGetOperation = {
  method: 'taobao.alitrip.travel.baseinfo.scenics.get',
  responseRoot: 'alitrip_travel_baseinfo_scenics_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【API3.0】基础信息获取接口：景点数据查询 — calls TOP method `taobao.alitrip.travel.baseinfo.scenics.get`.
 *
 * 商品发布辅助接口，用于飞猪度假或门票商品发布时 获取可用的景点（及景点下收费项目）信息列表。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelBaseinfoScenicsGet(
  client: TopClient,
  request: TaobaoAlitripTravelBaseinfoScenicsGetRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelBaseinfoScenicsGetResponse> {
  return client.call<TaobaoAlitripTravelBaseinfoScenicsGetResponse>(
    {
      method: 'taobao.alitrip.travel.baseinfo.scenics.get',
      responseRoot: 'alitrip_travel_baseinfo_scenics_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
