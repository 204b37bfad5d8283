// Generated from specs/bus/taobao.bus.seatprice.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.seatprice.get` (汽车票余票接口). */
export interface TaobaoBusSeatpriceGetRequest {
  /** 余票请求参数 */
  param_bus_seat_price_r_q: TaobaoBusSeatpriceGetBusSeatPriceRqInput;
}

/** Response of `taobao.bus.seatprice.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusSeatpriceGetResponse {
  /** 返回结果 */
  result?: TaobaoBusSeatpriceGetResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BusSeatPriceRq` of `taobao.bus.seatprice.get`. */
export interface TaobaoBusSeatpriceGetBusSeatPriceRqInput {
  /** 车次ID */
  schedule_id: string;
}

/** `ResultSet` of `taobao.bus.seatprice.get`. */
export interface TaobaoBusSeatpriceGetResultSet {
  /** 错误代码 */
  err_code?: string;
  /** 错误描述 */
  err_msg?: string;
  /** 余票对象 */
  module?: TaobaoBusSeatpriceGetB2BBusSeatPriceDto;
  /** serverIP */
  server_i_p?: string;
  /** 是否查询成功 */
  success?: boolean;
}

/** `B2BBusSeatPriceDto` of `taobao.bus.seatprice.get`. */
export interface TaobaoBusSeatpriceGetB2BBusSeatPriceDto {
  /** 出发城市 */
  dep_city_name?: string;
  /** 出发时间 */
  dep_time?: string;
  /** 车次全价 */
  full_price?: Int64;
  /** 目的地 */
  last_place_name?: string;
  /** 车次ID */
  schedule_id?: string;
  /** 余票数量 */
  stock?: Int64;
  /** 服务费 */
  service_price?: Int64;
}

const REQUEST_SCHEMA = {
  param_bus_seat_price_r_q: {
    schedule_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    module: {
      dep_city_name: 'String',
      dep_time: 'String',
      full_price: 'Number',
      last_place_name: 'String',
      schedule_id: 'String',
      stock: 'Number',
      service_price: 'Number',
    },
    server_i_p: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.seatprice.get`: method, response root, request and response schemas. */
export const taobaoBusSeatpriceGetOperation = {
  method: 'taobao.bus.seatprice.get',
  responseRoot: 'bus_seatprice_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 汽车票余票接口 — calls TOP method `taobao.bus.seatprice.get`.
 *
 * 提供给商家，查询汽车票班次余票
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusSeatpriceGet(
  client: TopClient,
  request: TaobaoBusSeatpriceGetRequest,
  options?: CallOptions,
): Promise<TaobaoBusSeatpriceGetResponse> {
  return client.call<TaobaoBusSeatpriceGetResponse>(
    {
      method: 'taobao.bus.seatprice.get',
      responseRoot: 'bus_seatprice_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
