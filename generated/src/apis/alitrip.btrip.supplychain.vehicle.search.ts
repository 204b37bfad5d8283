// Generated from specs/btrip/alitrip.btrip.supplychain.vehicle.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.supplychain.vehicle.search` (【商旅】用车订单搜索). */
export interface AlitripBtripSupplychainVehicleSearchRequest {
  /** 出参 */
  rq: AlitripBtripSupplychainVehicleSearchOpenApiSearchRqInput;
}

/** Response of `alitrip.btrip.supplychain.vehicle.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripSupplychainVehicleSearchResponse {
  /** 出参 */
  result?: AlitripBtripSupplychainVehicleSearchHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenApiSearchRq` of `alitrip.btrip.supplychain.vehicle.search`. */
export interface AlitripBtripSupplychainVehicleSearchOpenApiSearchRqInput {
  /** false:仅搜索未报销订单 */
  all_apply?: boolean;
  /** 商旅审批单id */
  apply_id?: Int64Input;
  /** 第三方企业id */
  corp_id: string;
  /** 用户所在部门id */
  depart_id?: string;
  /** 结束时间 */
  end_time?: DateInput;
  /** 页数，从1开始 */
  page?: Int64Input;
  /** 每页数量，默认10，最大50 */
  page_size?: Int64Input;
  /** 开始时间 */
  start_time?: DateInput;
  /** 第三方申请单ID */
  thirdpart_apply_id?: string;
  /** 更新开始时间 */
  update_end_time?: DateInput;
  /** 更新结束时间 */
  update_start_time?: DateInput;
  /** 第三方用户id */
  user_id?: string;
  /** 1、老版本2、isv对外版本 */
  version?: Int64Input;
}

/** `HisvResult` of `alitrip.btrip.supplychain.vehicle.search`. */
export interface AlitripBtripSupplychainVehicleSearchHisvResult {
  /** 用车订单列表 */
  module_list?: AlitripBtripSupplychainVehicleSearchOpenApiVehicleOrderRs[];
  /** 返回码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 成功标识 */
  is_success?: boolean;
  /** 分页相关信息 */
  page_info?: AlitripBtripSupplychainVehicleSearchPageInfoRs;
}

/** `OpenApiVehicleOrderRs` of `alitrip.btrip.supplychain.vehicle.search`. */
export interface AlitripBtripSupplychainVehicleSearchOpenApiVehicleOrderRs {
  /** 订单id */
  id?: Int64;
  /** 订单创建时间 */
  gmt_create?: string;
  /** 订单更新时间 */
  gmt_modified?: string;
  /** 乘客名称 */
  passenger_name?: string;
  /** 商旅企业id */
  corp_id?: string;
  /** 企业名称 */
  corp_name?: string;
  /** 预定人名称 */
  user_name?: string;
  /** 预定人id（第三方用户Id） */
  user_id?: string;
  /** 用户所在部门id */
  dept_id?: Int64;
  /** 用户所在部门名称 */
  dept_name?: string;
  /** 商旅系统审批单id */
  apply_id?: Int64;
  /** 商旅审批单展示id(非审批api对接企业) */
  apply_show_id?: string;
  /** 真实出发地 */
  real_from_address?: string;
  /** 真实到达地 */
  real_to_address?: string;
  /** 实际出发城市 */
  real_from_city_name?: string;
  /** 实际到达城市 */
  real_to_city_name?: string;
  /** 出发地 */
  from_address?: string;
  /** 目的地 */
  to_address?: string;
  /** 出发城市 */
  from_city_name?: string;
  /** 目的城市 */
  to_city_name?: string;
  /** 打车事由 */
  memo?: string;
  /** 订单状态:0:初始状态,1:已超时,2:派单成功,3:派单失败,4:已退款,5:已支付,6:已取消 */
  order_status?: Int64;
  /** 类型级别：1经济型、2舒适型、3豪华型 */
  car_level?: Int64;
  /** 车辆类型 */
  car_info?: string;
  /** 订单预估价格 */
  estimate_price?: string;
  /** 乘客发布用车时间 */
  publish_time?: string;
  /** 乘客上车时间 */
  taken_time?: string;
  /** 司机到达目的地时间 */
  driver_confirm_time?: string;
  /** 取消时间 */
  cancel_time?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 行驶公里数 */
  travel_distance?: string;
  /** 打车服务类型 1:出租车, 2:专车, 3:快车 */
  service_type?: Int64;
  /** 用车原因：TRAVEL: 差旅, TRAFFIC: 市内交通, WORK: 加班, OTHER: 其它 */
  business_category?: string;
  /** 商旅成本中心id */
  cost_center_id?: Int64;
  /** 成本中心编号 */
  cost_center_number?: string;
  /** 商旅发票id */
  invoice_id?: Int64;
  /** 发票抬头 */
  invoice_title?: string;
  /** 项目编号 */
  project_code?: string;
  /** 项目名称 */
  project_title?: string;
  /** 价目详情列表 */
  price_info_list?: AlitripBtripSupplychainVehicleSearchOpenPriceInfo[];
  /** 第三方行程id */
  thirdpart_itinerary_id?: string;
  /** 出行人列表 */
  user_affiliate_list?: AlitripBtripSupplychainVehicleSearchOpenUserAffiliateDo[];
  /** 用户确认状态：0未确认；1已确认；2有异议；3系统检查不合理 */
  user_confirm?: Int64;
  /** 服务商：2滴滴；3:曹操；4:首汽；5:阳光。可能会有其他服务商的增加。 */
  provider?: Int64;
  /** 第三方申请单ID */
  thirdpart_apply_id?: string;
  /** 申请单名称 */
  btrip_title?: string;
  /** 成本中心名称 */
  cost_center_name?: string;
  /** 是否特殊订单 */
  is_special?: boolean;
  /** 特殊订单类型；v_sp_t_1:用车里程，v_sp_t_2:实际下车点，v_sp_t_3:用车金额，v_sp_t_4:用车次数，v_sp_t_5:跨城订单 */
  special_types?: string[];
  /** 项目id */
  project_id?: Int64;
}

/** `OpenPriceInfo` of `alitrip.btrip.supplychain.vehicle.search`. */
export interface AlitripBtripSupplychainVehicleSearchOpenPriceInfo {
  /** 企业支付金额 */
  price?: string;
  /** 资金流向:1:支出，2:收入 */
  type?: Int64;
  /** 交易类型（废弃）：用车支付, 服务费, 用车取消后收费, 用车退款, 用车赔付 */
  category?: string;
  /** 结算方式:1：个人现付，2:企业现付,4:企业月结，8、企业预存 */
  pay_type?: Int64;
  /** 流水创建时间 */
  gmt_create?: string;
  /** 出行人，多个用‘,’分割 */
  passenger_name?: string;
  /** 订单交易流水号 */
  trade_id?: string;
  /** 交易类目类型1-飞机，2-酒店，3-火车，4-用车 */
  category_type?: Int64;
  /** 交易类目编码 */
  category_code?: Int64;
  /** 个人支付金额 */
  person_price?: string;
}

/** `OpenUserAffiliateDo` of `alitrip.btrip.supplychain.vehicle.search`. */
export interface AlitripBtripSupplychainVehicleSearchOpenUserAffiliateDo {
  /** 出行人ID（第三方用户Id） */
  user_id?: string;
  /** 出行人名称 */
  user_name?: string;
}

/** `PageInfoRs` of `alitrip.btrip.supplychain.vehicle.search`. */
export interface AlitripBtripSupplychainVehicleSearchPageInfoRs {
  /** 当前页 */
  page?: Int64;
  /** 每页大小 */
  page_size?: Int64;
  /** 总记录数 */
  total_number?: Int64;
}

const REQUEST_SCHEMA = {
  rq: {
    all_apply: 'Boolean',
    apply_id: 'Number',
    corp_id: 'String',
    depart_id: 'String',
    end_time: 'Date',
    page: 'Number',
    page_size: 'Number',
    start_time: 'Date',
    thirdpart_apply_id: 'String',
    update_end_time: 'Date',
    update_start_time: 'Date',
    user_id: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module_list: [
      {
        id: 'Number',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        passenger_name: 'String',
        corp_id: 'String',
        corp_name: 'String',
        user_name: 'String',
        user_id: 'String',
        dept_id: 'Number',
        dept_name: 'String',
        apply_id: 'Number',
        apply_show_id: 'String',
        real_from_address: 'String',
        real_to_address: 'String',
        real_from_city_name: 'String',
        real_to_city_name: 'String',
        from_address: 'String',
        to_address: 'String',
        from_city_name: 'String',
        to_city_name: 'String',
        memo: 'String',
        order_status: 'Number',
        car_level: 'Number',
        car_info: 'String',
        estimate_price: 'String',
        publish_time: 'Date',
        taken_time: 'Date',
        driver_confirm_time: 'Date',
        cancel_time: 'Date',
        pay_time: 'Date',
        travel_distance: 'String',
        service_type: 'Number',
        business_category: 'String',
        cost_center_id: 'Number',
        cost_center_number: 'String',
        invoice_id: 'Number',
        invoice_title: 'String',
        project_code: 'String',
        project_title: 'String',
        price_info_list: [
          {
            price: 'String',
            type: 'Number',
            category: 'String',
            pay_type: 'Number',
            gmt_create: 'Date',
            passenger_name: 'String',
            trade_id: 'String',
            category_type: 'Number',
            category_code: 'Number',
            person_price: 'String',
          },
        ],
        thirdpart_itinerary_id: 'String',
        user_affiliate_list: [
          {
            user_id: 'String',
            user_name: 'String',
          },
        ],
        user_confirm: 'Number',
        provider: 'Number',
        thirdpart_apply_id: 'String',
        btrip_title: 'String',
        cost_center_name: 'String',
        is_special: 'Boolean',
        special_types: ['String'],
        project_id: 'Number',
      },
    ],
    result_code: 'Number',
    result_msg: 'String',
    is_success: 'Boolean',
    page_info: {
      page: 'Number',
      page_size: 'Number',
      total_number: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.supplychain.vehicle.search`: method, response root, request and response schemas. */
export const alitripBtripSupplychainVehicleSearchOperation = {
  method: 'alitrip.btrip.supplychain.vehicle.search',
  responseRoot: 'alitrip_btrip_supplychain_vehicle_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【商旅】用车订单搜索 — calls TOP method `alitrip.btrip.supplychain.vehicle.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripSupplychainVehicleSearch(
  client: TopClient,
  request: AlitripBtripSupplychainVehicleSearchRequest,
  options?: CallOptions,
): Promise<AlitripBtripSupplychainVehicleSearchResponse> {
  return client.call<AlitripBtripSupplychainVehicleSearchResponse>(
    {
      method: 'alitrip.btrip.supplychain.vehicle.search',
      responseRoot: 'alitrip_btrip_supplychain_vehicle_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
