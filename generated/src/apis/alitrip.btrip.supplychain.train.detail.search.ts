// Generated from specs/btrip/alitrip.btrip.supplychain.train.detail.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.supplychain.train.detail.search` (【商旅】火车票订单详情查询). */
export interface AlitripBtripSupplychainTrainDetailSearchRequest {
  /** 请求对象 */
  rq: AlitripBtripSupplychainTrainDetailSearchOpenApiSearchDetailRQInput;
}

/** Response of `alitrip.btrip.supplychain.train.detail.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripSupplychainTrainDetailSearchResponse {
  /** 出参对象 */
  result?: AlitripBtripSupplychainTrainDetailSearchHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenApiSearchDetailRQ` of `alitrip.btrip.supplychain.train.detail.search`. */
export interface AlitripBtripSupplychainTrainDetailSearchOpenApiSearchDetailRQInput {
  /** 第三方企业id */
  corp_id: string;
  /** 订单id */
  order_id: Int64Input;
  /** 第三方用户id */
  user_id?: string;
  /** 1、老版本2、isv对外版本 */
  version?: Int64Input;
}

/** `HisvResult` of `alitrip.btrip.supplychain.train.detail.search`. */
export interface AlitripBtripSupplychainTrainDetailSearchHisvResult {
  /** 错误码 */
  result_code?: Int64;
  /** 成功标识 */
  is_success?: boolean;
  /** 错误信息 */
  result_msg?: string;
  /** 火车票详情 */
  module?: AlitripBtripSupplychainTrainDetailSearchOpenApiTrainOrderDetailRs;
}

/** `OpenApiTrainOrderDetailRs` of `alitrip.btrip.supplychain.train.detail.search`. */
export interface AlitripBtripSupplychainTrainDetailSearchOpenApiTrainOrderDetailRs {
  /** 订单基础信息 */
  order_base_info?: AlitripBtripSupplychainTrainDetailSearchOrderBaseInfo;
  /** 订单费用列表 */
  price_info_list?: AlitripBtripSupplychainTrainDetailSearchPriceInfo[];
  /** 发票信息 */
  invoice_info?: AlitripBtripSupplychainTrainDetailSearchInvoiceInfo;
  /** 车次信息 */
  train_info?: AlitripBtripSupplychainTrainDetailSearchTrainInfo;
  /** 改签票列表 */
  change_ticket_info_list?: AlitripBtripSupplychainTrainDetailSearchTrainChangeTicketInfo[];
  /** 退票列表 */
  refund_ticket_info_list?: AlitripBtripSupplychainTrainDetailSearchTrainRefundTicketInfo[];
  /** 正票列表 */
  ticket_info_list?: AlitripBtripSupplychainTrainDetailSearchTrainTicketInfo[];
  /** 出行人列表 */
  passenger_info_list?: AlitripBtripSupplychainTrainDetailSearchPassengerInfo[];
}

/** `OrderBaseInfo` of `alitrip.btrip.supplychain.train.detail.search`. */
export interface AlitripBtripSupplychainTrainDetailSearchOrderBaseInfo {
  /** 企业id */
  corp_id?: string;
  /** 更新时间 */
  gmt_modify?: string;
  /** 订单号 */
  order_id?: Int64;
  /** 用户名 */
  contact_name?: string;
  /** 订单状态 */
  order_status?: Int64;
  /** 第三方申请单id */
  thirdpart_apply_id?: string;
  /** 企业id */
  corp_name?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 用户id */
  user_id?: string;
  /** 第三方行程id */
  thirdpart_itinerary_id?: string;
  /** 申请单id */
  apply_id?: string;
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

/** `PriceInfo` of `alitrip.btrip.supplychain.train.detail.search`. */
export interface AlitripBtripSupplychainTrainDetailSearchPriceInfo {
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

/** `InvoiceInfo` of `alitrip.btrip.supplychain.train.detail.search`. */
export interface AlitripBtripSupplychainTrainDetailSearchInvoiceInfo {
  /** 发票id */
  id?: Int64;
  /** 发票抬头 */
  title?: string;
}

/** `TrainInfo` of `alitrip.btrip.supplychain.train.detail.search`. */
export interface AlitripBtripSupplychainTrainDetailSearchTrainInfo {
  /** 到达车站名称 */
  to_station_name?: string;
  /** 出发时间 */
  dep_time?: string;
  /** 出发车站名称 */
  from_station_name?: string;
  /** 车次编号 */
  train_no?: string;
  /** 运行时长 */
  run_time?: Int64;
  /** 到达时间 */
  arr_time?: string;
}

/** `TrainChangeTicketInfo` of `alitrip.btrip.supplychain.train.detail.search`. */
export interface AlitripBtripSupplychainTrainDetailSearchTrainChangeTicketInfo {
  /** 改签票号 */
  ticket_no?: string;
  /** 改签原票 */
  origin_ticket_no?: string;
  /** 改签车厢号 */
  change_coach_no?: string;
  /** 改签座位号 */
  change_seat_no?: string;
  /** 改签车次类型 */
  change_train_type_name?: string;
  /** 改签座位类型 */
  change_seat_type_name?: string;
  /** 改签票启程时间 */
  start_time?: string;
  /** 改签票到达时间 */
  end_time?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modify?: string;
  /** 改签手续费 */
  change_handling_fee?: string;
  /** 改签差价 */
  change_gap_fee?: string;
  /** 改签服务费 */
  change_service_fee?: string;
  /** 进站时间 */
  check_in_time?: string;
  /** 出站时间 */
  check_out_time?: string;
  /** 外部票状态 */
  out_ticket_status?: string;
  /** 改签车次号 */
  change_train_no?: string;
  /** 改签出发站 */
  from_station_name?: string;
  /** 改签到达站 */
  to_station_name?: string;
}

/** `TrainRefundTicketInfo` of `alitrip.btrip.supplychain.train.detail.search`. */
export interface AlitripBtripSupplychainTrainDetailSearchTrainRefundTicketInfo {
  /** 退票金额 */
  refund_fee?: string;
  /** 退票票号 */
  ticket_no?: string;
  /** 更新时间 */
  gmt_modify?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 服务费退款 */
  refund_service_fee?: string;
}

/** `TrainTicketInfo` of `alitrip.btrip.supplychain.train.detail.search`. */
export interface AlitripBtripSupplychainTrainDetailSearchTrainTicketInfo {
  /** 预订服务费 */
  service_fee?: string;
  /** 票号 */
  ticket_no?: string;
  /** 车厢号 */
  coach_no?: string;
  /** 更新时间 */
  gmt_modify?: string;
  /** 票价 */
  ticket_price?: string;
  /** 座位类型 */
  seat_type_name?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 用户id */
  user_id?: string;
  /** 车次类型 */
  train_type_name?: string;
  /** 支付方式 1个人支付/2企业支付/3混付 */
  pay_type?: Int64;
  /** 票状态 */
  ticket_status?: Int64;
  /** 出发时间 */
  start_time?: string;
  /** 到达时间 */
  end_time?: string;
  /** 座位号 */
  seat_no?: string;
  /** 是否改签 */
  changed?: boolean;
  /** 进站时间 */
  check_in_time?: string;
  /** 出站时间 */
  check_out_time?: string;
  /** 外部订单状态 */
  out_ticket_status?: string;
}

/** `PassengerInfo` of `alitrip.btrip.supplychain.train.detail.search`. */
export interface AlitripBtripSupplychainTrainDetailSearchPassengerInfo {
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
        corp_id: 'String',
        gmt_modify: 'Date',
        order_id: 'Number',
        contact_name: 'String',
        order_status: 'Number',
        thirdpart_apply_id: 'String',
        corp_name: 'String',
        gmt_create: 'Date',
        user_id: 'String',
        thirdpart_itinerary_id: 'String',
        apply_id: 'String',
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
      train_info: {
        to_station_name: 'String',
        dep_time: 'Date',
        from_station_name: 'String',
        train_no: 'String',
        run_time: 'Number',
        arr_time: 'Date',
      },
      change_ticket_info_list: [
        {
          ticket_no: 'String',
          origin_ticket_no: 'String',
          change_coach_no: 'String',
          change_seat_no: 'String',
          change_train_type_name: 'String',
          change_seat_type_name: 'String',
          start_time: 'Date',
          end_time: 'Date',
          gmt_create: 'Date',
          gmt_modify: 'Date',
          change_handling_fee: 'Price',
          change_gap_fee: 'Price',
          change_service_fee: 'Price',
          check_in_time: 'Date',
          check_out_time: 'Date',
          out_ticket_status: 'String',
          change_train_no: 'String',
          from_station_name: 'String',
          to_station_name: 'String',
        },
      ],
      refund_ticket_info_list: [
        {
          refund_fee: 'Price',
          ticket_no: 'String',
          gmt_modify: 'Date',
          gmt_create: 'Date',
          refund_service_fee: 'Price',
        },
      ],
      ticket_info_list: [
        {
          service_fee: 'Price',
          ticket_no: 'String',
          coach_no: 'String',
          gmt_modify: 'Date',
          ticket_price: 'Price',
          seat_type_name: 'String',
          gmt_create: 'Date',
          user_id: 'String',
          train_type_name: 'String',
          pay_type: 'Number',
          ticket_status: 'Number',
          start_time: 'Date',
          end_time: 'Date',
          seat_no: 'String',
          changed: 'Boolean',
          check_in_time: 'Date',
          check_out_time: 'Date',
          out_ticket_status: 'String',
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
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.supplychain.train.detail.search`: method, response root, request and response schemas. */
export const alitripBtripSupplychainTrainDetailSearchOperation = {
  method: 'alitrip.btrip.supplychain.train.detail.search',
  responseRoot: 'alitrip_btrip_supplychain_train_detail_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【商旅】火车票订单详情查询 — calls TOP method `alitrip.btrip.supplychain.train.detail.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripSupplychainTrainDetailSearch(
  client: TopClient,
  request: AlitripBtripSupplychainTrainDetailSearchRequest,
  options?: CallOptions,
): Promise<AlitripBtripSupplychainTrainDetailSearchResponse> {
  return client.call<AlitripBtripSupplychainTrainDetailSearchResponse>(
    {
      method: 'alitrip.btrip.supplychain.train.detail.search',
      responseRoot: 'alitrip_btrip_supplychain_train_detail_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
