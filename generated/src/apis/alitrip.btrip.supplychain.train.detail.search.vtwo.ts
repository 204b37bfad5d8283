// Generated from specs/btrip/alitrip.btrip.supplychain.train.detail.search.vtwo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.supplychain.train.detail.search.vtwo` (【商旅】火车票订单详情查询). */
export interface AlitripBtripSupplychainTrainDetailSearchVtwoRequest {
  /** 请求对象 */
  rq?: AlitripBtripSupplychainTrainDetailSearchVtwoOpenApiSearchDetailRQInput;
}

/** Response of `alitrip.btrip.supplychain.train.detail.search.vtwo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripSupplychainTrainDetailSearchVtwoResponse {
  /** 出参对象 */
  result?: AlitripBtripSupplychainTrainDetailSearchVtwoHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenApiSearchDetailRQ` of `alitrip.btrip.supplychain.train.detail.search.vtwo`. */
export interface AlitripBtripSupplychainTrainDetailSearchVtwoOpenApiSearchDetailRQInput {
  /** 第三方企业id */
  corp_id?: string;
  /** 订单id */
  order_id?: Int64Input;
  /** 1、老版本2、isv对外版本 */
  version?: Int64Input;
  /** 第三方用户id */
  user_id?: string;
}

/** `HisvResult` of `alitrip.btrip.supplychain.train.detail.search.vtwo`. */
export interface AlitripBtripSupplychainTrainDetailSearchVtwoHisvResult {
  /** 错误信息 */
  result_msg?: string;
  /** 火车票详情 */
  module?: AlitripBtripSupplychainTrainDetailSearchVtwoOpenApiTrainOrderDetailRSV2;
  /** 错误码 */
  result_code?: Int64;
  /** 成功标识 */
  is_success?: boolean;
}

/** `OpenApiTrainOrderDetailRSV2` of `alitrip.btrip.supplychain.train.detail.search.vtwo`. */
export interface AlitripBtripSupplychainTrainDetailSearchVtwoOpenApiTrainOrderDetailRSV2 {
  /** 订单基础信息 */
  order_base_info?: AlitripBtripSupplychainTrainDetailSearchVtwoOrderBaseInfo;
  /** 发票信息 */
  invoice_info?: AlitripBtripSupplychainTrainDetailSearchVtwoInvoiceInfo;
  /** 改签票列表 */
  change_ticket_info_list?: AlitripBtripSupplychainTrainDetailSearchVtwoTrainChangeTicketInfo[];
  /** 退票列表 */
  refund_ticket_info_list?: AlitripBtripSupplychainTrainDetailSearchVtwoTrainRefundTicketInfo[];
  /** 出行人列表 */
  passenger_info_list?: AlitripBtripSupplychainTrainDetailSearchVtwoPassengerInfo[];
  /** 订单费用列表 */
  price_info_list?: AlitripBtripSupplychainTrainDetailSearchVtwoPriceInfo[];
  /** 订单信息 */
  trainOrderInfo?: AlitripBtripSupplychainTrainDetailSearchVtwoTrainOrderInfo;
}

/** `OrderBaseInfo` of `alitrip.btrip.supplychain.train.detail.search.vtwo`. */
export interface AlitripBtripSupplychainTrainDetailSearchVtwoOrderBaseInfo {
  /** 创建时间 */
  gmt_create?: string;
  /** 用户名 */
  contact_name?: string;
  /** 第三方行程id */
  itinerary_id?: string;
  /** 用户所在部门id */
  depart_id?: string;
  /** 企业id */
  corp_name?: string;
  /** 用户所在部门名称 */
  depart_name?: string;
  /** 订单状态 */
  order_status?: Int64;
  /** 申请事由 */
  btrip_title?: string;
  /** 行程类型。0:单程，1:往返，2:中转 */
  trip_type?: Int64;
  /** 三方企业id */
  thirdpart_corp_id?: string;
  /** 第三方申请单id */
  thirdpart_apply_id?: string;
  /** 用户id */
  user_id?: string;
  /** 更新时间 */
  gmt_modify?: string;
  /** 申请单id */
  apply_id?: string;
  /** 企业id */
  corp_id?: string;
  /** 订单号 */
  order_id?: Int64;
  /** 第三方行程id */
  thirdpart_itinerary_id?: string;
}

/** `InvoiceInfo` of `alitrip.btrip.supplychain.train.detail.search.vtwo`. */
export interface AlitripBtripSupplychainTrainDetailSearchVtwoInvoiceInfo {
  /** 发票id */
  id?: Int64;
  /** 发票抬头 */
  title?: string;
}

/** `TrainChangeTicketInfo` of `alitrip.btrip.supplychain.train.detail.search.vtwo`. */
export interface AlitripBtripSupplychainTrainDetailSearchVtwoTrainChangeTicketInfo {
  /** 创建时间 */
  gmt_create?: string;
  /** 改签差价 */
  change_gap_fee?: string;
  /** 改签出发站 */
  from_station_name?: string;
  /** 外部票状态 */
  out_ticket_status?: string;
  /** 进站时间 */
  check_in_time?: string;
  /** 改签车次号 */
  change_train_no?: string;
  /** 改签票到达时间 */
  end_time?: string;
  /** 出站时间 */
  check_out_time?: string;
  /** 改签座位类型 */
  change_seat_type_name?: string;
  /** 改签手续费 */
  change_handling_fee?: string;
  /** 改签服务费 */
  change_service_fee?: string;
  /** 改签座位号 */
  change_seat_no?: string;
  /** 改签车次类型 */
  change_train_type_name?: string;
  /** 改签票启程时间 */
  start_time?: string;
  /** 改签原票 */
  origin_ticket_no?: string;
  /** 改签票号 */
  ticket_no?: string;
  /** 改签车厢号 */
  change_coach_no?: string;
  /** 改签到达站 */
  to_station_name?: string;
  /** 修改时间 */
  gmt_modify?: string;
  /** 乘客ID */
  user_id?: string;
  /** 出发城市名 */
  from_city_name?: string;
  /** 到达城市名 */
  to_city_name?: string;
  /** 第几程 */
  segment_index?: Int64;
}

/** `TrainRefundTicketInfo` of `alitrip.btrip.supplychain.train.detail.search.vtwo`. */
export interface AlitripBtripSupplychainTrainDetailSearchVtwoTrainRefundTicketInfo {
  /** 创建时间 */
  gmt_create?: string;
  /** 退票票号 */
  ticket_no?: string;
  /** 退票金额 */
  refund_fee?: string;
  /** 更新时间 */
  gmt_modify?: string;
  /** 服务费退款 */
  refund_service_fee?: string;
  /** 乘客ID */
  user_id?: string;
}

/** `PassengerInfo` of `alitrip.btrip.supplychain.train.detail.search.vtwo`. */
export interface AlitripBtripSupplychainTrainDetailSearchVtwoPassengerInfo {
  /** 第三方项目id */
  thirdpart_project_id?: string;
  /** 出行人类型 0:内部/1:外部 */
  user_type?: Int64;
  /** 项目id */
  project_id?: Int64;
  /** 用户id */
  user_id?: string;
  /** 成本中心id */
  cost_center_id?: Int64;
  /** 用户名 */
  user_name?: string;
  /** 项目code */
  project_code?: string;
  /** 项目名称 */
  project_title?: string;
  /** 成本中心名称 */
  cost_center_name?: string;
  /** 成本中心编号 */
  cost_center_number?: string;
}

/** `PriceInfo` of `alitrip.btrip.supplychain.train.detail.search.vtwo`. */
export interface AlitripBtripSupplychainTrainDetailSearchVtwoPriceInfo {
  /** 流水创建时间 */
  gmt_create?: string;
  /** 订单交易流水号 */
  trade_id?: string;
  /** 交易类目编码 */
  category_code?: Int64;
  /** 价格 */
  price?: string;
  /** 结算方式:1：个人现付，2:企业现付,4:企业月结，8、企业预存 */
  pay_type?: Int64;
  /** 资金流向:1:支出，2:收入 */
  type?: Int64;
  /** 乘机人，多个用‘,’分割 */
  passenger_name?: string;
}

/** `TrainOrderInfo` of `alitrip.btrip.supplychain.train.detail.search.vtwo`. */
export interface AlitripBtripSupplychainTrainDetailSearchVtwoTrainOrderInfo {
  /** 车次信息 */
  train_info_list?: AlitripBtripSupplychainTrainDetailSearchVtwoTrainInfoV2[];
  /** 中转信息 */
  train_transfer_info?: AlitripBtripSupplychainTrainDetailSearchVtwoTrainTransferInfo;
}

/** `TrainInfoV2` of `alitrip.btrip.supplychain.train.detail.search.vtwo`. */
export interface AlitripBtripSupplychainTrainDetailSearchVtwoTrainInfoV2 {
  /** 出发车站名称 */
  from_station_name?: string;
  /** 票信息 */
  train_ticket_infos?: AlitripBtripSupplychainTrainDetailSearchVtwoTrainTicketInfo[];
  /** 运行时长 */
  run_time?: Int64;
  /** 到达车站名称 */
  to_station_name?: string;
  /** 出发时间 */
  dep_time?: string;
  /** 车次编号 */
  train_no?: string;
  /** 到达时间 */
  arr_time?: string;
  /** 出发城市名 */
  from_city_name?: string;
  /** 到达城市名 */
  to_city_name?: string;
}

/** `TrainTicketInfo` of `alitrip.btrip.supplychain.train.detail.search.vtwo`. */
export interface AlitripBtripSupplychainTrainDetailSearchVtwoTrainTicketInfo {
  /** 座位类型 */
  seat_type_name?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 票状态 */
  ticket_status?: Int64;
  /** 外部订单状态 */
  out_ticket_status?: string;
  /** 票价 */
  ticket_price?: string;
  /** 进站时间 */
  check_in_time?: string;
  /** 预订服务费 */
  service_fee?: string;
  /** 到达时间 */
  end_time?: string;
  /** 座位号 */
  seat_no?: string;
  /** 出站时间 */
  check_out_time?: string;
  /** 出发时间 */
  start_time?: string;
  /** 车次类型 */
  train_type_name?: string;
  /** 用户id */
  user_id?: string;
  /** 票号 */
  ticket_no?: string;
  /** 车厢号 */
  coach_no?: string;
  /** 更新时间 */
  gmt_modify?: string;
  /** 支付方式 1个人支付/2企业支付/3混付 */
  pay_type?: Int64;
  /** 是否改签 */
  changed?: boolean;
  /** 第几程，0：第一程，1：第二程 */
  segment_index?: Int64;
}

/** `TrainTransferInfo` of `alitrip.btrip.supplychain.train.detail.search.vtwo`. */
export interface AlitripBtripSupplychainTrainDetailSearchVtwoTrainTransferInfo {
  /** 出发站名 */
  fromStationName?: string;
  /** 到达站名 */
  toStationName?: string;
  /** 出发城市名 */
  fromCityName?: string;
  /** 到达城市名 */
  toCityName?: string;
  /** 起始时间 */
  startTime?: string;
  /** 到达时间 */
  endTime?: string;
  /** 历史总时长，分钟 */
  costTime?: string;
  /** 换乘时长，分钟 */
  waitTime?: string;
  /** 中转城市 */
  middleCity?: string;
  /** 中转站 */
  middleStation?: string;
  /** 换乘模式 1：同站，2：异站，3：同车 */
  middleType?: string;
  /** 中转日期，yyyy-MM-dd */
  middleDate?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    corp_id: 'String',
    order_id: 'Number',
    version: 'Number',
    user_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_msg: 'String',
    module: {
      order_base_info: {
        gmt_create: 'String',
        contact_name: 'String',
        itinerary_id: 'String',
        depart_id: 'String',
        corp_name: 'String',
        depart_name: 'String',
        order_status: 'Number',
        btrip_title: 'String',
        trip_type: 'Number',
        thirdpart_corp_id: 'String',
        thirdpart_apply_id: 'String',
        user_id: 'String',
        gmt_modify: 'String',
        apply_id: 'String',
        corp_id: 'String',
        order_id: 'Number',
        thirdpart_itinerary_id: 'String',
      },
      invoice_info: {
        id: 'Number',
        title: 'String',
      },
      change_ticket_info_list: [
        {
          gmt_create: 'String',
          change_gap_fee: 'String',
          from_station_name: 'String',
          out_ticket_status: 'String',
          check_in_time: 'String',
          change_train_no: 'String',
          end_time: 'String',
          check_out_time: 'String',
          change_seat_type_name: 'String',
          change_handling_fee: 'String',
          change_service_fee: 'String',
          change_seat_no: 'String',
          change_train_type_name: 'String',
          start_time: 'String',
          origin_ticket_no: 'String',
          ticket_no: 'String',
          change_coach_no: 'String',
          to_station_name: 'String',
          gmt_modify: 'String',
          user_id: 'String',
          from_city_name: 'String',
          to_city_name: 'String',
          segment_index: 'Number',
        },
      ],
      refund_ticket_info_list: [
        {
          gmt_create: 'String',
          ticket_no: 'String',
          refund_fee: 'String',
          gmt_modify: 'String',
          refund_service_fee: 'String',
          user_id: 'String',
        },
      ],
      passenger_info_list: [
        {
          thirdpart_project_id: 'String',
          user_type: 'Number',
          project_id: 'Number',
          user_id: 'String',
          cost_center_id: 'Number',
          user_name: 'String',
          project_code: 'String',
          project_title: 'String',
          cost_center_name: 'String',
          cost_center_number: 'String',
        },
      ],
      price_info_list: [
        {
          gmt_create: 'String',
          trade_id: 'String',
          category_code: 'Number',
          price: 'String',
          pay_type: 'Number',
          type: 'Number',
          passenger_name: 'String',
        },
      ],
      trainOrderInfo: {
        train_info_list: [
          {
            from_station_name: 'String',
            train_ticket_infos: [
              {
                seat_type_name: 'String',
                gmt_create: 'String',
                ticket_status: 'Number',
                out_ticket_status: 'String',
                ticket_price: 'String',
                check_in_time: 'String',
                service_fee: 'String',
                end_time: 'String',
                seat_no: 'String',
                check_out_time: 'String',
                start_time: 'String',
                train_type_name: 'String',
                user_id: 'String',
                ticket_no: 'String',
                coach_no: 'String',
                gmt_modify: 'String',
                pay_type: 'Number',
                changed: 'Boolean',
                segment_index: 'Number',
              },
            ],
            run_time: 'Number',
            to_station_name: 'String',
            dep_time: 'String',
            train_no: 'String',
            arr_time: 'String',
            from_city_name: 'String',
            to_city_name: 'String',
          },
        ],
        train_transfer_info: {
          fromStationName: 'String',
          toStationName: 'String',
          fromCityName: 'String',
          toCityName: 'String',
          startTime: 'String',
          endTime: 'String',
          costTime: 'String',
          waitTime: 'String',
          middleCity: 'String',
          middleStation: 'String',
          middleType: 'String',
          middleDate: 'String',
        },
      },
    },
    result_code: 'Number',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.supplychain.train.detail.search.vtwo`: method, response root, request and response schemas. */
export const alitripBtripSupplychainTrainDetailSearchVtwoOperation = {
  method: 'alitrip.btrip.supplychain.train.detail.search.vtwo',
  responseRoot: 'alitrip_btrip_supplychain_train_detail_search_vtwo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【商旅】火车票订单详情查询 — calls TOP method `alitrip.btrip.supplychain.train.detail.search.vtwo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripSupplychainTrainDetailSearchVtwo(
  client: TopClient,
  request: AlitripBtripSupplychainTrainDetailSearchVtwoRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripSupplychainTrainDetailSearchVtwoResponse> {
  return client.call<AlitripBtripSupplychainTrainDetailSearchVtwoResponse>(
    {
      method: 'alitrip.btrip.supplychain.train.detail.search.vtwo',
      responseRoot: 'alitrip_btrip_supplychain_train_detail_search_vtwo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
