// Generated from specs/bus/taobao.bus.busnumber.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.busnumber.get` (汽车票车次查询). */
export interface TaobaoBusBusnumberGetRequest {
  /** 车次查询入参 */
  param_bus_number_search_r_q?: TaobaoBusBusnumberGetBusNumberSearchRqInput;
}

/** Response of `taobao.bus.busnumber.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusBusnumberGetResponse {
  /** result */
  result?: TaobaoBusBusnumberGetResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BusNumberSearchRq` of `taobao.bus.busnumber.get`. */
export interface TaobaoBusBusnumberGetBusNumberSearchRqInput {
  /** 出发城市 */
  dep_city_name: string;
  /** 出入日期 */
  dep_date: string;
  /** 目的地 */
  last_place_name: string;
}

/** `ResultSet` of `taobao.bus.busnumber.get`. */
export interface TaobaoBusBusnumberGetResultSet {
  /** errCode BUSNUMBER_SEARCH_NOBUS 找不到班次 POWER_D权限问题 */
  err_code?: string;
  /** errMsg */
  err_msg?: string;
  /** module */
  module?: string | Record<string, unknown>;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_bus_number_search_r_q: {
    dep_city_name: 'String',
    dep_date: 'String',
    last_place_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    module: 'Json',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.busnumber.get`: method, response root, request and response schemas. */
export const taobaoBusBusnumberGetOperation = {
  method: 'taobao.bus.busnumber.get',
  responseRoot: 'bus_busnumber_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 汽车票车次查询 — calls TOP method `taobao.bus.busnumber.get`.
 *
 * 提供汽车票车次查询服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusBusnumberGet(
  client: TopClient,
  request: TaobaoBusBusnumberGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoBusBusnumberGetResponse> {
  return client.call<TaobaoBusBusnumberGetResponse>(
    {
      method: 'taobao.bus.busnumber.get',
      responseRoot: 'bus_busnumber_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
