// Generated from specs/btrip/alitrip.btrip.supplychain.flight.detail.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.supplychain.flight.detail.search` (【商旅】机票订单详情查询). */
export interface AlitripBtripSupplychainFlightDetailSearchRequest {
  /** 请求对象 */
  rq: AlitripBtripSupplychainFlightDetailSearchOpenApiSearchDetailRqInput;
}

/** Response of `alitrip.btrip.supplychain.flight.detail.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripSupplychainFlightDetailSearchResponse {
  /** 出参对象 */
  result?: AlitripBtripSupplychainFlightDetailSearchHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenApiSearchDetailRq` of `alitrip.btrip.supplychain.flight.detail.search`. */
export interface AlitripBtripSupplychainFlightDetailSearchOpenApiSearchDetailRqInput {
  /** 第三方企业id */
  corp_id: string;
  /** 订单id */
  order_id: Int64Input;
  /** 第三方用户id */
  user_id?: string;
  /** 1、老版本2、isv对外版本 */
  version?: Int64Input;
}

/** `HisvResult` of `alitrip.btrip.supplychain.flight.detail.search`. */
export interface AlitripBtripSupplychainFlightDetailSearchHisvResult {
  /** 错误码 */
  result_code?: Int64;
  /** 成功标识 */
  is_success?: boolean;
  /** 错误信息 */
  result_msg?: string;
  /** 机票详情 */
  module?: AlitripBtripSupplychainFlightDetailSearchOpenApiFlightOrderDetailRS;
}

/** `OpenApiFlightOrderDetailRS` of `alitrip.btrip.supplychain.flight.detail.search`. */
export interface AlitripBtripSupplychainFlightDetailSearchOpenApiFlightOrderDetailRS {
  /** 订单基础信息 */
  order_base_info?: AlitripBtripSupplychainFlightDetailSearchOrderBaseInfo;
  /** 订单费用列表 */
  price_info_list?: AlitripBtripSupplychainFlightDetailSearchPriceInfo[];
  /** 发票信息 */
  invoice_info?: AlitripBtripSupplychainFlightDetailSearchInvoiceInfo;
  /** 退票列表 */
  flight_refund_ticket_info_list?: AlitripBtripSupplychainFlightDetailSearchFlightRefundTicketInfo[];
  /** 航班信息 */
  flight_info_list?: AlitripBtripSupplychainFlightDetailSearchFlightInfo[];
  /** 保险列表 */
  insurance_info_list?: AlitripBtripSupplychainFlightDetailSearchInsuranceInfo[];
  /** 正票列表 */
  flight_ticket_info_list?: AlitripBtripSupplychainFlightDetailSearchFlightTicketInfo[];
  /** 出行人列表 */
  passenger_info_list?: AlitripBtripSupplychainFlightDetailSearchPassengerInfo[];
  /** 改签票列表 */
  flight_change_ticket_info_list?: AlitripBtripSupplychainFlightDetailSearchFlightChangeTicketInfo[];
}

/** `OrderBaseInfo` of `alitrip.btrip.supplychain.flight.detail.search`. */
export interface AlitripBtripSupplychainFlightDetailSearchOrderBaseInfo {
  /** 更新时间 */
  gmt_modify?: string;
  /** 企业id */
  corp_id?: string;
  /** 订单id */
  order_id?: Int64;
  /** 联系人 */
  contact_name?: string;
  /** 订单状态 */
  order_status?: Int64;
  /** 第三方申请单id */
  thirdpart_apply_id?: string;
  /** 企业名称 */
  corp_name?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 用户id */
  user_id?: string;
  /** 申请单id */
  apply_id?: string;
  /** 第三方行程id */
  thirdpart_itinerary_id?: string;
  /** 申请事由 */
  btrip_title?: string;
  /** 行程类型。0:单程，1:往返，2:中转 */
  trip_type?: Int64;
  /** 行程id */
  itinerary_id?: string;
  /** 用户所在部门id */
  depart_id?: string;
  /** 用户所在部门名称 */
  depart_name?: string;
  /** 三方企业id */
  thirdpart_corp_id?: string;
}

/** `PriceInfo` of `alitrip.btrip.supplychain.flight.detail.search`. */
export interface AlitripBtripSupplychainFlightDetailSearchPriceInfo {
  /** 乘机人，多个用‘,’分割 */
  passenger_name?: string;
  /** 结算方式:1：个人现付，2:企业现付,4:企业月结，8、企业预存 */
  pay_type?: Int64;
  /** 价格 */
  price?: string;
  /** 交易类目编码 */
  category_code?: Int64;
  /** 资金流向:1:支出，2:收入 */
  type?: Int64;
  /** 流水创建时间 */
  gmt_create?: string;
  /** 订单交易流水号 */
  trade_id?: string;
}

/** `InvoiceInfo` of `alitrip.btrip.supplychain.flight.detail.search`. */
export interface AlitripBtripSupplychainFlightDetailSearchInvoiceInfo {
  /** 发票id */
  id?: Int64;
  /** 发票抬头 */
  title?: string;
}

/** `FlightRefundTicketInfo` of `alitrip.btrip.supplychain.flight.detail.search`. */
export interface AlitripBtripSupplychainFlightDetailSearchFlightRefundTicketInfo {
  /** 退票单id */
  refund_order_id?: Int64;
  /** 退票票号 */
  ticket_no?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 更新时间 */
  gmt_modify?: string;
  /** 退票类型：0自愿/1非自愿 */
  refund_type?: Int64;
  /** 退票原因 */
  refund_reason?: string;
  /** 退票金额 */
  refund_ticket_fee?: string;
}

/** `FlightInfo` of `alitrip.btrip.supplychain.flight.detail.search`. */
export interface AlitripBtripSupplychainFlightDetailSearchFlightInfo {
  /** 到达城市 */
  arr_city_name?: string;
  /** 起飞时间 */
  dep_time?: string;
  /** 舱位 */
  cabin?: string;
  /** 出发机场三字码 */
  dep_airport_code?: string;
  /** 舱等 */
  cabin_level?: string;
  /** 航班号 */
  flight_no?: string;
  /** 到达城市三字码 */
  arr_city_code?: string;
  /** 出发城市 */
  dep_city_name?: string;
  /** 航司编码 */
  airline_code?: string;
  /** 出发机场名称 */
  dep_airport_name?: string;
  /** 到达机场名称 */
  arr_airport_name?: string;
  /** 飞行里程 */
  flight_mile?: Int64;
  /** 到达时间 */
  arr_time?: string;
  /** 达到机场三字码 */
  arr_airport_code?: string;
  /** 航司名称 */
  airline_name?: string;
  /** 出发城市三字码 */
  dep_city_code?: string;
}

/** `InsuranceInfo` of `alitrip.btrip.supplychain.flight.detail.search`. */
export interface AlitripBtripSupplychainFlightDetailSearchInsuranceInfo {
  /** 保险单号 */
  insurance_no?: string;
  /** 保险状态：1已出保 2已退保 */
  status?: Int64;
  /** 保险类型 */
  type?: string;
  /** 保险金额 */
  amount?: string;
}

/** `FlightTicketInfo` of `alitrip.btrip.supplychain.flight.detail.search`. */
export interface AlitripBtripSupplychainFlightDetailSearchFlightTicketInfo {
  /** 更新时间 */
  gmt_modify?: string;
  /** 票价 */
  ticket_price?: string;
  /** 折扣 */
  discount?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 用户id */
  user_id?: string;
  /** 燃油费用 */
  oil_price?: string;
  /** 支付方式 1个人支付/2企业支付/3混付 */
  pay_type?: string;
  /** 票号 */
  ticket_no?: string;
  /** 票状态 */
  ticket_status?: string;
  /** 机建费用 */
  build_price?: string;
  /** 是否改签 */
  changed?: boolean;
  /** 票状态编码 */
  ticket_status_code?: Int64;
}

/** `PassengerInfo` of `alitrip.btrip.supplychain.flight.detail.search`. */
export interface AlitripBtripSupplychainFlightDetailSearchPassengerInfo {
  /** 项目code */
  project_code?: string;
  /** 成本中心id */
  cost_center_id?: Int64;
  /** 成本中心名称 */
  cost_center_name?: string;
  /** 出行人类型 0:内部/1:外部 */
  user_type?: Int64;
  /** 成本中心编号 */
  cost_center_number?: string;
  /** 第三方项目id */
  thirdpart_project_id?: string;
  /** 用户名 */
  user_name?: string;
  /** 项目id */
  project_id?: Int64;
  /** 用户id */
  user_id?: string;
  /** 项目名称 */
  project_title?: string;
}

/** `FlightChangeTicketInfo` of `alitrip.btrip.supplychain.flight.detail.search`. */
export interface AlitripBtripSupplychainFlightDetailSearchFlightChangeTicketInfo {
  /** 改签单id */
  change_order_id?: Int64;
  /** 改签票号 */
  ticket_no?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 更新时间 */
  gmt_modify?: string;
  /** 改签原票号 */
  origin_ticket_no?: string;
  /** 改签航班号 */
  change_flight_no?: string;
  /** 改签舱位 */
  change_cabin?: string;
  /** 改签舱等 */
  change_cabin_level?: string;
  /** 出发时间 */
  dep_time?: string;
  /** 到达时间 */
  arr_time?: string;
  /** 改签类型：0自愿/1非自愿 */
  change_type?: Int64;
  /** 改签原因 */
  change_reason?: string;
  /** 机票改签费 */
  change_fee?: string;
  /** 机票升舱费 */
  upgrade_fee?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    corp_id: 'String',
    order_id: 'Number',
    user_id: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_code: 'Number',
    is_success: 'Boolean',
    result_msg: 'String',
    module: {
      order_base_info: {
        gmt_modify: 'Date',
        corp_id: 'String',
        order_id: 'Number',
        contact_name: 'String',
        order_status: 'Number',
        thirdpart_apply_id: 'String',
        corp_name: 'String',
        gmt_create: 'Date',
        user_id: 'String',
        apply_id: 'String',
        thirdpart_itinerary_id: 'String',
        btrip_title: 'String',
        trip_type: 'Number',
        itinerary_id: 'String',
        depart_id: 'String',
        depart_name: 'String',
        thirdpart_corp_id: 'String',
      },
      price_info_list: [
        {
          passenger_name: 'String',
          pay_type: 'Number',
          price: 'Price',
          category_code: 'Number',
          type: 'Number',
          gmt_create: 'Date',
          trade_id: 'String',
        },
      ],
      invoice_info: {
        id: 'Number',
        title: 'String',
      },
      flight_refund_ticket_info_list: [
        {
          refund_order_id: 'Number',
          ticket_no: 'String',
          gmt_create: 'Date',
          gmt_modify: 'Date',
          refund_type: 'Number',
          refund_reason: 'String',
          refund_ticket_fee: 'Price',
        },
      ],
      flight_info_list: [
        {
          arr_city_name: 'String',
          dep_time: 'Date',
          cabin: 'String',
          dep_airport_code: 'String',
          cabin_level: 'String',
          flight_no: 'String',
          arr_city_code: 'String',
          dep_city_name: 'String',
          airline_code: 'String',
          dep_airport_name: 'String',
          arr_airport_name: 'String',
          flight_mile: 'Number',
          arr_time: 'Date',
          arr_airport_code: 'String',
          airline_name: 'String',
          dep_city_code: 'String',
        },
      ],
      insurance_info_list: [
        {
          insurance_no: 'String',
          status: 'Number',
          type: 'String',
          amount: 'Price',
        },
      ],
      flight_ticket_info_list: [
        {
          gmt_modify: 'Date',
          ticket_price: 'Price',
          discount: 'Number',
          gmt_create: 'Date',
          user_id: 'String',
          oil_price: 'Price',
          pay_type: 'Price',
          ticket_no: 'String',
          ticket_status: 'String',
          build_price: 'Price',
          changed: 'Boolean',
          ticket_status_code: 'Number',
        },
      ],
      passenger_info_list: [
        {
          project_code: 'String',
          cost_center_id: 'Number',
          cost_center_name: 'String',
          user_type: 'Number',
          cost_center_number: 'String',
          thirdpart_project_id: 'String',
          user_name: 'String',
          project_id: 'Number',
          user_id: 'String',
          project_title: 'String',
        },
      ],
      flight_change_ticket_info_list: [
        {
          change_order_id: 'Number',
          ticket_no: 'String',
          gmt_create: 'Date',
          gmt_modify: 'Date',
          origin_ticket_no: 'String',
          change_flight_no: 'String',
          change_cabin: 'String',
          change_cabin_level: 'String',
          dep_time: 'Date',
          arr_time: 'Date',
          change_type: 'Number',
          change_reason: 'String',
          change_fee: 'Price',
          upgrade_fee: 'Price',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.supplychain.flight.detail.search`: method, response root, request and response schemas. */
export const alitripBtripSupplychainFlightDetailSearchOperation = {
  method: 'alitrip.btrip.supplychain.flight.detail.search',
  responseRoot: 'alitrip_btrip_supplychain_flight_detail_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【商旅】机票订单详情查询 — calls TOP method `alitrip.btrip.supplychain.flight.detail.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripSupplychainFlightDetailSearch(
  client: TopClient,
  request: AlitripBtripSupplychainFlightDetailSearchRequest,
  options?: CallOptions,
): Promise<AlitripBtripSupplychainFlightDetailSearchResponse> {
  return client.call<AlitripBtripSupplychainFlightDetailSearchResponse>(
    {
      method: 'alitrip.btrip.supplychain.flight.detail.search',
      responseRoot: 'alitrip_btrip_supplychain_flight_detail_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
