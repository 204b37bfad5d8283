// Generated from specs/bus/taobao.bus.order.set.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.order.set` (汽车票下单接口). */
export interface TaobaoBusOrderSetRequest {
  /** 下单参数 */
  param_b2_b_create_order_r_q?: TaobaoBusOrderSetB2BCreateOrderRqInput;
}

/** Response of `taobao.bus.order.set`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusOrderSetResponse {
  /** 支付宝交易流水号 */
  ali_pay_trade_id?: string;
  /** 阿里订单号 */
  alitrip_order_id?: string;
  /** 错误代码 */
  error_code_1?: string;
  /** 错误描述 */
  error_msg?: string;
  /** 是否下单成功 */
  issuccess?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `B2BCreateOrderRq` of `taobao.bus.order.set`. */
export interface TaobaoBusOrderSetB2BCreateOrderRqInput {
  /** 取票人 */
  b2_b_fetch_holder_info?: TaobaoBusOrderSetB2BFetchHolderInfoInput;
  /** 车次信息 */
  b2b_bus_line_info?: TaobaoBusOrderSetB2BBusLineInfoInput;
  /** 乘客信息 */
  passengers?: TaobaoBusOrderSetPassengerVoInput[];
  /** 票数 */
  ticket_count?: Int64Input;
  /** 总价 */
  total_price?: Int64Input;
}

/** `B2BFetchHolderInfo` of `taobao.bus.order.set`. */
export interface TaobaoBusOrderSetB2BFetchHolderInfoInput {
  /** 取票人证件号码 */
  fetch_cert_number?: string;
  /** 取票人证件类型 */
  fetch_cert_type?: string;
  /** 取票人电话 */
  fetch_phone?: string;
  /** 取票人姓名 */
  fetch_ticket_name?: string;
}

/** `B2BBusLineInfo` of `taobao.bus.order.set`. */
export interface TaobaoBusOrderSetB2BBusLineInfoInput {
  /** 出发时间 */
  dep_time?: string;
  /** 目的地 */
  last_place_name?: string;
  /** 车次ID */
  schedule_id?: string;
  /** 出发城市 */
  start_city_name?: string;
  /** 出发站名 */
  start_station_name?: string;
  /** 出发站地址 */
  start_station_name_address?: string;
  /** 到达站名 */
  to_station_name?: string;
}

/** `PassengerVo` of `taobao.bus.order.set`. */
export interface TaobaoBusOrderSetPassengerVoInput {
  /** 乘客证件号码 */
  rider_cert_number?: string;
  /** 乘客证件类型 */
  rider_cert_type?: string;
  /** 乘客姓名 */
  rider_name?: string;
  /** 服务费 */
  service_charge?: Int64Input;
  /** 票价 */
  ticket_price?: Int64Input;
}

const REQUEST_SCHEMA = {
  param_b2_b_create_order_r_q: {
    b2_b_fetch_holder_info: {
      fetch_cert_number: 'String',
      fetch_cert_type: 'String',
      fetch_phone: 'String',
      fetch_ticket_name: 'String',
    },
    b2b_bus_line_info: {
      dep_time: 'String',
      last_place_name: 'String',
      schedule_id: 'String',
      start_city_name: 'String',
      start_station_name: 'String',
      start_station_name_address: 'String',
      to_station_name: 'String',
    },
    passengers: [
      {
        rider_cert_number: 'String',
        rider_cert_type: 'String',
        rider_name: 'String',
        service_charge: 'Number',
        ticket_price: 'Number',
      },
    ],
    ticket_count: 'Number',
    total_price: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ali_pay_trade_id: 'String',
  alitrip_order_id: 'String',
  error_code_1: 'String',
  error_msg: 'String',
  issuccess: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.order.set`: method, response root, request and response schemas. */
export const taobaoBusOrderSetOperation = {
  method: 'taobao.bus.order.set',
  responseRoot: 'bus_order_set_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 汽车票下单接口 — calls TOP method `taobao.bus.order.set`.
 *
 * 提供给汽车票商家进行下单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusOrderSet(
  client: TopClient,
  request: TaobaoBusOrderSetRequest = {},
  options?: CallOptions,
): Promise<TaobaoBusOrderSetResponse> {
  return client.call<TaobaoBusOrderSetResponse>(
    {
      method: 'taobao.bus.order.set',
      responseRoot: 'bus_order_set_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
