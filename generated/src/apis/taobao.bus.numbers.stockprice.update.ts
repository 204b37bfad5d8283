// Generated from specs/bus/taobao.bus.numbers.stockprice.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.numbers.stockprice.update` (汽车票更新价格库存). */
export interface TaobaoBusNumbersStockpriceUpdateRequest {
  /** 请求参数 */
  param_top_bus_price_and_stock_update_r_q?: TaobaoBusNumbersStockpriceUpdateTopBusPriceAndStockUpdateRqInput;
}

/** Response of `taobao.bus.numbers.stockprice.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusNumbersStockpriceUpdateResponse {
  /** 错误码 */
  result_code?: string;
  /** 错误描述 */
  result_msg?: string;
  /** 成功数量 */
  succ_count?: Int64;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopBusPriceAndStockUpdateRq` of `taobao.bus.numbers.stockprice.update`. */
export interface TaobaoBusNumbersStockpriceUpdateTopBusPriceAndStockUpdateRqInput {
  /** 车次列表 */
  numbers: TaobaoBusNumbersStockpriceUpdateBusNumberInfoDtoInput[];
}

/** `BusNumberInfoDto` of `taobao.bus.numbers.stockprice.update`. */
export interface TaobaoBusNumbersStockpriceUpdateBusNumberInfoDtoInput {
  /** 代理商id */
  agent_id: Int64Input;
  /** 车次id */
  schedule_id: string;
  /** 出发时间 */
  depart_time?: string;
  /** 库存 */
  stock?: Int64Input;
  /** 价格 */
  full_price?: Int64Input;
  /** 出发城市名称 */
  city_name: string;
}

const REQUEST_SCHEMA = {
  param_top_bus_price_and_stock_update_r_q: {
    numbers: [
      {
        agent_id: 'Number',
        schedule_id: 'String',
        depart_time: 'String',
        stock: 'Number',
        full_price: 'Number',
        city_name: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  succ_count: 'Number',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.numbers.stockprice.update`: method, response root, request and response schemas. */
export const taobaoBusNumbersStockpriceUpdateOperation = {
  method: 'taobao.bus.numbers.stockprice.update',
  responseRoot: 'bus_numbers_stockprice_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 汽车票更新价格库存 — calls TOP method `taobao.bus.numbers.stockprice.update`.
 *
 * 用于汽车票代理商更新价格库存
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusNumbersStockpriceUpdate(
  client: TopClient,
  request: TaobaoBusNumbersStockpriceUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoBusNumbersStockpriceUpdateResponse> {
  return client.call<TaobaoBusNumbersStockpriceUpdateResponse>(
    {
      method: 'taobao.bus.numbers.stockprice.update',
      responseRoot: 'bus_numbers_stockprice_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
