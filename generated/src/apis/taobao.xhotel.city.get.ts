// Generated from specs/hotel/taobao.xhotel.city.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.city.get` (酒店城市数据获取接口). */
export interface TaobaoXhotelCityGetRequest {
  /** 分页读取的开始下标,从0开始 */
  start: Int64Input;
  /** 分页读取的城市个数，最小值为1，最大值为200 */
  count: Int64Input;
}

/** Response of `taobao.xhotel.city.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelCityGetResponse {
  /** 总数 */
  total_results?: Int64;
  /** 城市数据的版本。所有城市数据有一个统一的版本，与入参start和count无关。 ISV可通过版本判断城市数据是否有更新。判断方法如下：ISV在第一次拉取数据时请将version保存在本地；以后再调用接口时请比较本地version与接口返回的version。如果本地version小于于接口返回version，则说明城市数据有更新；如果本地version等于接口返回version，则说明城市数据无更新，不需要再继续拉取城市数据。 */
  version?: Int64;
  /** 酒店区域的数据列表 */
  divisions?: TaobaoXhotelCityGetHotelDivision[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HotelDivision` of `taobao.xhotel.city.get`. */
export interface TaobaoXhotelCityGetHotelDivision {
  /** 0：国内；1：国外 */
  region?: Int64;
  /** 城市编码 */
  code?: Int64;
  /** 城市名称 */
  name?: string;
  /** 层级，1：国家，2：州省，3：城市，4：区县 */
  level?: Int64;
  /** 类型，0：普通，1：景点,cityTag，如千岛湖 */
  type?: Int64;
  /** 父行政区编码，例如杭州市(330100)的父行政区为浙江省(330000)。注意：如果parent_code的值为0，表示该行政区为最高级别的行政区，没有父行政区。 */
  parent_code?: Int64;
  /** code是否可用来搜索酒店，true：code可直接用于搜索酒店，false: code不可直接用于搜索酒店。 */
  searchable?: boolean;
}

const REQUEST_SCHEMA = {
  start: 'Number',
  count: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  version: 'Number',
  divisions: [
    {
      region: 'Number',
      code: 'Number',
      name: 'String',
      level: 'Number',
      type: 'Number',
      parent_code: 'Number',
      searchable: 'Boolean',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.city.get`: method, response root, request and response schemas. */
export const taobaoXhotelCityGetOperation = {
  method: 'taobao.xhotel.city.get',
  responseRoot: 'xhotel_city_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店城市数据获取接口 — calls TOP method `taobao.xhotel.city.get`.
 *
 * 引流API，对外提供酒店城市数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelCityGet(
  client: TopClient,
  request: TaobaoXhotelCityGetRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelCityGetResponse> {
  return client.call<TaobaoXhotelCityGetResponse>(
    {
      method: 'taobao.xhotel.city.get',
      responseRoot: 'xhotel_city_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
