// Generated from specs/btrip/alitrip.btrip.vehicle.order.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.vehicle.order.search` (用车订单查询接口). */
export interface AlitripBtripVehicleOrderSearchRequest {
  /** 请求对象 */
  rq: AlitripBtripVehicleOrderSearchOpenSearchRqInput;
}

/** Response of `alitrip.btrip.vehicle.order.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripVehicleOrderSearchResponse {
  /** 返回结果 */
  result?: AlitripBtripVehicleOrderSearchBtriphomeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenSearchRq` of `alitrip.btrip.vehicle.order.search`. */
export interface AlitripBtripVehicleOrderSearchOpenSearchRqInput {
  /** 创建开始时间 */
  start_time?: DateInput;
  /** 商旅审批单id */
  apply_id?: Int64Input;
  /** 页数，从1开始 */
  page?: Int64Input;
  /** 用户id */
  user_id?: string;
  /** 每页数量，默认10，最大50 */
  page_size?: Int64Input;
  /** 部门id */
  depart_id?: string;
  /** 创建结束时间 */
  end_time?: DateInput;
  /** 企业id */
  corp_id: string;
  /** 更新开始时间 */
  update_end_time?: DateInput;
  /** 更新结束时间 */
  update_start_time?: DateInput;
}

/** `BtriphomeResult` of `alitrip.btrip.vehicle.order.search`. */
export interface AlitripBtripVehicleOrderSearchBtriphomeResult {
  /** 订单列表 */
  vehicle_order_list?: AlitripBtripVehicleOrderSearchOpenVehicleOrderRs[];
  /** 返回信息 */
  result_msg?: string;
  /** 返回码 */
  result_code?: Int64;
  /** 成功标识 */
  success?: boolean;
}

/** `OpenVehicleOrderRs` of `alitrip.btrip.vehicle.order.search`. */
export interface AlitripBtripVehicleOrderSearchOpenVehicleOrderRs {
  /** 价目详情列表 */
  price_info_list?: AlitripBtripVehicleOrderSearchOpenPriceInfo[];
  /** 项目名称 */
  project_title?: string;
  /** 项目标号 */
  project_code?: string;
  /** 发票抬头 */
  invoice_title?: string;
  /** 商旅发票id */
  invoice_id?: Int64;
  /** 成本中心名称 */
  cost_center_name?: string;
  /** 成本中心编号 */
  cost_center_number?: string;
  /** 商旅成本中心id */
  cost_center_id?: Int64;
  /** 用车原因：TRAVEL: 差旅, TRAFFIC: 市内交通, WORK: 加班, OTHER: 其它 */
  business_category?: string;
  /** 车牌号 */
  car_license?: string;
  /** 打车服务类型 1:出租车, 2:专车, 3:快车 */
  service_type?: Int64;
  /** 行驶公里数 */
  travel_distance?: string;
  /** 取消时间 */
  cancel_time?: string;
  /** 司机到达目的地时间 */
  driver_confirm_time?: string;
  /** 乘客上车时间 */
  taken_time?: string;
  /** 乘客发布用车时间 */
  publish_time?: string;
  /** 订单预估价格 */
  estimate_price?: string;
  /** 车辆类型 */
  car_info?: string;
  /** 类型级别：1经济型、2舒适型、3豪华型 */
  car_level?: Int64;
  /** 0:初始状态 1:创建失败 2: 派单成功 3：派单失败 4: 已退款 5: 已支付 6: 取消成功 7: 冻结账户失败 8： 已超时 */
  order_status?: Int64;
  /** 打车事由 */
  memo?: string;
  /** 目的城市 */
  to_city_name?: string;
  /** 出发城市 */
  from_city_name?: string;
  /** 目的地 */
  to_address?: string;
  /** 出发地 */
  from_address?: string;
  /** 实际到达城市 */
  real_to_city_name?: string;
  /** 实际出发城市 */
  real_from_city_name?: string;
  /** 商旅审批单展示id(非审批api对接企业) */
  apply_show_id?: string;
  /** 商旅系统审批单id */
  apply_id?: Int64;
  /** 部门名称 */
  depart_name?: string;
  /** 部门id */
  depart_id?: string;
  /** 预定人id */
  user_id?: string;
  /** 预定人名称 */
  user_name?: string;
  /** 企业名称 */
  corp_name?: string;
  /** 企业id */
  corp_id?: string;
  /** 乘客名称 */
  passenger_name?: string;
  /** 订单id */
  id?: Int64;
  /** 订单创建时间 */
  gmt_create?: string;
  /** 订单更新时间 */
  gmt_modified?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 第三方行程id */
  thirdpart_itinerary_id?: string;
  /** 出行人信息 */
  user_affiliate_list?: AlitripBtripVehicleOrderSearchOpenUserAffiliateDo[];
}

/** `OpenPriceInfo` of `alitrip.btrip.vehicle.order.search`. */
export interface AlitripBtripVehicleOrderSearchOpenPriceInfo {
  /** 结算方式:1：个人现付，2:企业现付,4:企业月结，8、企业预存 */
  pay_type?: Int64;
  /** 交易类型：用车支付, 服务费, 用车取消后收费, 用车退款, 用车赔付 */
  category?: string;
  /** 资金流向:1:支出，2:收入 */
  type?: Int64;
  /** 价格 */
  price?: string;
  /** 流水创建时间 */
  gmt_create?: string;
  /** 乘车人，多个用‘,’分割 */
  passenger_name?: string;
  /** 订单流水号ID */
  trade_id?: string;
}

/** `OpenUserAffiliateDo` of `alitrip.btrip.vehicle.order.search`. */
export interface AlitripBtripVehicleOrderSearchOpenUserAffiliateDo {
  /** 出行人ID */
  user_id?: string;
  /** 出行人名称 */
  user_name?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    start_time: 'Date',
    apply_id: 'Number',
    page: 'Number',
    user_id: 'String',
    page_size: 'Number',
    depart_id: 'String',
    end_time: 'Date',
    corp_id: 'String',
    update_end_time: 'Date',
    update_start_time: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    vehicle_order_list: [
      {
        price_info_list: [
          {
            pay_type: 'Number',
            category: 'String',
            type: 'Number',
            price: 'String',
            gmt_create: 'Date',
            passenger_name: 'String',
            trade_id: 'String',
          },
        ],
        project_title: 'String',
        project_code: 'String',
        invoice_title: 'String',
        invoice_id: 'Number',
        cost_center_name: 'String',
        cost_center_number: 'String',
        cost_center_id: 'Number',
        business_category: 'String',
        car_license: 'String',
        service_type: 'Number',
        travel_distance: 'String',
        cancel_time: 'Date',
        driver_confirm_time: 'Date',
        taken_time: 'Date',
        publish_time: 'Date',
        estimate_price: 'String',
        car_info: 'String',
        car_level: 'Number',
        order_status: 'Number',
        memo: 'String',
        to_city_name: 'String',
        from_city_name: 'String',
        to_address: 'String',
        from_address: 'String',
        real_to_city_name: 'String',
        real_from_city_name: 'String',
        apply_show_id: 'String',
        apply_id: 'Number',
        depart_name: 'String',
        depart_id: 'String',
        user_id: 'String',
        user_name: 'String',
        corp_name: 'String',
        corp_id: 'String',
        passenger_name: 'String',
        id: 'Number',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        pay_time: 'Date',
        thirdpart_itinerary_id: 'String',
        user_affiliate_list: [
          {
            user_id: 'String',
            user_name: 'String',
          },
        ],
      },
    ],
    result_msg: 'String',
    result_code: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.vehicle.order.search`: method, response root, request and response schemas. */
export const alitripBtripVehicleOrderSearchOperation = {
  method: 'alitrip.btrip.vehicle.order.search',
  responseRoot: 'alitrip_btrip_vehicle_order_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用车订单查询接口 — calls TOP method `alitrip.btrip.vehicle.order.search`.
 *
 * 企业获取商旅用车订单数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripVehicleOrderSearch(
  client: TopClient,
  request: AlitripBtripVehicleOrderSearchRequest,
  options?: CallOptions,
): Promise<AlitripBtripVehicleOrderSearchResponse> {
  return client.call<AlitripBtripVehicleOrderSearchResponse>(
    {
      method: 'alitrip.btrip.vehicle.order.search',
      responseRoot: 'alitrip_btrip_vehicle_order_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
