// Generated from specs/flight/alitrip.tripvp.agent.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.tripvp.agent.order.get` (廉航辅营正向订单查询详情接口). */
export interface AlitripTripvpAgentOrderGetRequest {
  /** 代理商ID */
  agent_id: Int64Input;
  /** 辅营的订单号 */
  trade_order_id: Int64Input;
}

/** Response of `alitrip.tripvp.agent.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTripvpAgentOrderGetResponse {
  /** orderVO */
  order_vo?: AlitripTripvpAgentOrderGetVirProOrderVo;
  /** pageSize */
  page_size?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VirProOrderVo` of `alitrip.tripvp.agent.order.get`. */
export interface AlitripTripvpAgentOrderGetVirProOrderVo {
  /** 预订时间，辅营订单创建时间 */
  book_time?: string;
  /** 机票订单号 */
  flight_order_id?: Int64;
  /** 乘机人购买辅营产品详情 */
  passenger_aux_vos?: AlitripTripvpAgentOrderGetPassengerAuxVo[];
  /** 支付宝流水号，存在多个辅营订单对应一个支付宝流水号的情况 */
  pay_no?: string;
  /** 辅营订单金额 */
  pay_price?: Int64;
  /** 支付时间，订单为支付成功或出货成功时返回 */
  pay_time?: string;
  /** 辅营订单号 */
  order_id?: Int64;
  /** 辅营订单状态，1- 待支付 2- 支付成功 3- 辅营出货成功 4- 订单取消 */
  order_status?: Int64;
  /** 联系人电话 */
  contact_phone?: string;
}

/** `PassengerAuxVo` of `alitrip.tripvp.agent.order.get`. */
export interface AlitripTripvpAgentOrderGetPassengerAuxVo {
  /** 辅营产品规格信息 */
  aux_product_vo?: AlitripTripvpAgentOrderGetAuxProductVo;
  /** 购买数量 */
  book_num?: Int64;
  /** 航段信息 */
  flight_vo?: AlitripTripvpAgentOrderGetBookFlightVo;
  /** 乘机人姓名 */
  name?: string;
}

/** `AuxProductVo` of `alitrip.tripvp.agent.order.get`. */
export interface AlitripTripvpAgentOrderGetAuxProductVo {
  /** 结构化的行李说明 */
  baggage_vo?: AlitripTripvpAgentOrderGetBaggageVo;
  /** 基准价 */
  base_price?: Int64;
  /** 柜台价 */
  counter_price?: Int64;
  /** 销售价格 */
  online_price?: Int64;
  /** 外部outerId */
  outer_id?: string;
  /** 辅营产品名称 */
  product_name?: string;
  /** deprecated, 不建议使用 */
  product_type?: Int64;
  /** 销售类型 1:一次销售，2:二次销售，3:不限 */
  sale_type?: Int64;
  /** 选座规格信息 */
  seat_vo?: AlitripTripvpAgentOrderGetSeatVo;
  /** 产品类型 4:付费行李，6:值机，7:餐食, 8:值机及选座 */
  unity_product_type?: Int64;
}

/** `BaggageVo` of `alitrip.tripvp.agent.order.get`. */
export interface AlitripTripvpAgentOrderGetBaggageVo {
  /** 是否为全部重量 */
  is_all_weight?: boolean;
  /** 行李数量 */
  pc?: Int64;
  /** 行李重量，单位KG */
  weight?: Int64;
}

/** `SeatVo` of `alitrip.tripvp.agent.order.get`. */
export interface AlitripTripvpAgentOrderGetSeatVo {
  /** 座位列 1:靠过道，2:靠窗，3:并排 */
  seat_area?: Int64;
  /** 排次 1:前排，2:中排，3:后排 */
  seat_row?: Int64;
}

/** `BookFlightVo` of `alitrip.tripvp.agent.order.get`. */
export interface AlitripTripvpAgentOrderGetBookFlightVo {
  /** 到达机场三字码 */
  arr_airport?: string;
  /** 出发机场三字码 */
  dep_airport?: string;
  /** 出发时间 */
  dep_time?: string;
  /** 仓位 */
  flight_cabin?: string;
  /** 航班号 */
  flight_number?: string;
}

const REQUEST_SCHEMA = {
  agent_id: 'Number',
  trade_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  order_vo: {
    book_time: 'Date',
    flight_order_id: 'Number',
    passenger_aux_vos: [
      {
        aux_product_vo: {
          baggage_vo: {
            is_all_weight: 'Boolean',
            pc: 'Number',
            weight: 'Number',
          },
          base_price: 'Number',
          counter_price: 'Number',
          online_price: 'Number',
          outer_id: 'String',
          product_name: 'String',
          product_type: 'Number',
          sale_type: 'Number',
          seat_vo: {
            seat_area: 'Number',
            seat_row: 'Number',
          },
          unity_product_type: 'Number',
        },
        book_num: 'Number',
        flight_vo: {
          arr_airport: 'String',
          dep_airport: 'String',
          dep_time: 'Date',
          flight_cabin: 'String',
          flight_number: 'String',
        },
        name: 'String',
      },
    ],
    pay_no: 'String',
    pay_price: 'Number',
    pay_time: 'Date',
    order_id: 'Number',
    order_status: 'Number',
    contact_phone: 'String',
  },
  page_size: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.tripvp.agent.order.get`: method, response root, request and response schemas. */
export const alitripTripvpAgentOrderGetOperation = {
  method: 'alitrip.tripvp.agent.order.get',
  responseRoot: 'alitrip_tripvp_agent_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 廉航辅营正向订单查询详情接口 — calls TOP method `alitrip.tripvp.agent.order.get`.
 *
 * 【国际机票】查询辅营订单详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTripvpAgentOrderGet(
  client: TopClient,
  request: AlitripTripvpAgentOrderGetRequest,
  options?: CallOptions,
): Promise<AlitripTripvpAgentOrderGetResponse> {
  return client.call<AlitripTripvpAgentOrderGetResponse>(
    {
      method: 'alitrip.tripvp.agent.order.get',
      responseRoot: 'alitrip_tripvp_agent_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
