// Generated from specs/btrip/alitrip.btrip.open.supplychain.vehicle.trade.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.open.supplychain.vehicle.trade` (商旅用车交易流水接口). */
export interface AlitripBtripOpenSupplychainVehicleTradeRequest {
  /** 入参 */
  rq?: AlitripBtripOpenSupplychainVehicleTradeOpenApiZzdSearchRqInput;
}

/** Response of `alitrip.btrip.open.supplychain.vehicle.trade`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripOpenSupplychainVehicleTradeResponse {
  /** 出参 */
  result?: AlitripBtripOpenSupplychainVehicleTradeHisvResultSupport;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenApiZzdSearchRq` of `alitrip.btrip.open.supplychain.vehicle.trade`. */
export interface AlitripBtripOpenSupplychainVehicleTradeOpenApiZzdSearchRqInput {
  /** 第三方企业ID */
  thirdpart_corp_id: string;
  /** 订单号 */
  order_id?: Int64Input;
  /** 结算结束时间 */
  end_date?: string;
  /** 每页条数 */
  page_size: Int64Input;
  /** 第三方用户ID */
  user_id?: string;
  /** 商旅审批单号 */
  apply_id?: Int64Input;
  /** 页数 */
  page: Int64Input;
  /** 第三方交易id */
  trade_id?: string;
  /** 结算开始时间 */
  start_date?: string;
}

/** `HisvResultSupport` of `alitrip.btrip.open.supplychain.vehicle.trade`. */
export interface AlitripBtripOpenSupplychainVehicleTradeHisvResultSupport {
  /** 是否成功 */
  success?: boolean;
  /** 出参 */
  trade_list?: AlitripBtripOpenSupplychainVehicleTradeOpenApiZzdVehicleOrderRs[];
}

/** `OpenApiZzdVehicleOrderRs` of `alitrip.btrip.open.supplychain.vehicle.trade`. */
export interface AlitripBtripOpenSupplychainVehicleTradeOpenApiZzdVehicleOrderRs {
  /** 第三方交易ID */
  trade_id?: string;
  /** 1. 用车支付 2. 服务费 3. 用车取消后收费 101. 用车退款 102. 用车赔付 */
  trade_type?: Int64;
  /** 资金流向:1:支出，2:收入 */
  trade_action?: Int64;
  /** 订单号 */
  order_id?: Int64;
  /** 商旅企业id */
  corp_id?: string;
  /** 第三方企业id */
  thirdpart_corp_id?: string;
  /** 第三方用户ID */
  user_id?: string;
  /** 企业维护的用户名称 */
  user_nick?: string;
  /** 部门名称 */
  depart_name?: string;
  /** 商旅审批单id */
  apply_id?: Int64;
  /** 第三方申请单id */
  third_part_apply_id?: string;
  /** 申请单标题 */
  apply_title?: string;
  /** 4:已取消 402:取消产生费用自动支付已投诉 6:取消产生费用已确认 403:取消产生费用已确认已投诉 404:取消产生费用未支付已投诉 500:行程结束不认可费用 502:行程结束已支付已投诉 700:行程结束车费合理 701:行程结束自动扣款系统检测合理待确认 702:行程结束自动扣款系统检测合理已确认 703:行程结束自动扣款系统检测费用不合理已投诉 704:历史行程结束待确认订单，订正为此 705:客服关单 706:行程结束自动扣款系统检测合理已确认已投诉 707:行程结束自动扣款系统检测合理直接投诉 */
  status?: string;
  /** 用户确认 0未确认 1确认 2 有异议 3 系统自动检测不合理 */
  user_confirm?: Int64;
  /** 用户认可/不认可原因 */
  user_confirm_reason?: string;
  /** 取消理由 */
  cancel_reason?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 订单状态改变时间 */
  gmt_modified?: string;
  /** 支付类型,0:企业支付 2.混合支付 */
  pay_type?: Int64;
  /** 结算方式:1：个人现付，2:企业现付,4:企业月结，8、企业预存 */
  settle_type?: Int64;
  /** TRAVEL: 差旅, TRAFFIC: 市内交通, WORK: 加班, OTHER: 其它 */
  order_type?: string;
  /** 总结算金额（分） */
  amount?: Int64;
  /** 企业支付（分） */
  corp_amount?: Int64;
  /** 个人支付（分），当pay_type是混合支付时有值 */
  personal_amount?: Int64;
  /** 退票费（分） */
  refund_fee?: Int64;
  /** 服务费（分） */
  service_fee?: Int64;
  /** 货币种类 */
  currency?: string;
  /** 结算批次：该订单结算时间 */
  settlement_batch_no?: string;
  /** 商旅发票ID */
  invoice_id?: string;
  /** 发票抬头 */
  invoice_title?: string;
  /** 成本中心信息 */
  cost_center_list?: AlitripBtripOpenSupplychainVehicleTradeCostCenterDo[];
  /** 用户信息 */
  client_info_dos?: AlitripBtripOpenSupplychainVehicleTradeClientInfoDo[];
  /** 项目编号 */
  project_code?: string;
  /** 项目名称 */
  project_title?: string;
  /** 第三方行程单号 */
  thirdpart_itinerary_id?: string;
  /** 商旅行程单号 */
  itinerary_no?: string;
  /** 取消时间 */
  cancel_time?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 是否特殊订单 */
  is_special?: boolean;
  /** v_sp_t_1:用车里程，v_sp_t_2:实际下车点，v_sp_t_3:用车金额，v_sp_t_4:用车次数，v_sp_t_5:跨城订单 */
  special_types?: string;
  /** 用车信息 */
  car_info_do_list?: AlitripBtripOpenSupplychainVehicleTradeCarInfoDo[];
}

/** `CostCenterDo` of `alitrip.btrip.open.supplychain.vehicle.trade`. */
export interface AlitripBtripOpenSupplychainVehicleTradeCostCenterDo {
  /** 商旅成本中心ID */
  cost_center_id?: Int64;
  /** 成本中心名称 */
  cost_center_title?: string;
  /** 成本中心编号 */
  cost_center_number?: string;
  /** 第三方成本中心ID */
  third_cost_center_id?: string;
}

/** `ClientInfoDo` of `alitrip.btrip.open.supplychain.vehicle.trade`. */
export interface AlitripBtripOpenSupplychainVehicleTradeClientInfoDo {
  /** 第三方用户ID */
  user_id?: string;
  /** 用户名称 */
  user_name?: string;
}

/** `CarInfoDo` of `alitrip.btrip.open.supplychain.vehicle.trade`. */
export interface AlitripBtripOpenSupplychainVehicleTradeCarInfoDo {
  /** 预订出发地 */
  from_addr?: string;
  /** 预订到达地 */
  to_addr?: string;
  /** 预订出发城市 */
  from_city_name?: string;
  /** 预订到达城市 */
  to_city_name?: string;
  /** 实际出发地 */
  real_from_addr?: string;
  /** 实际到达地 */
  real_to_addr?: string;
  /** 实际出发城市 */
  real_from_city_name?: string;
  /** 实际到达城市 */
  real_to_city_name?: string;
  /** 2:滴滴出行 8:滴滴出行 100087:滴滴出行 100000:滴滴出行 100003:曹操出行 3:曹操出行 100085:曹操出行 100007:阳光出行 5:阳光出行 0：其他 */
  provider?: Int64;
  /** 滴滴出行 曹操出行 阳光出行 其他 */
  provider_name?: string;
  /** 打车是由 */
  memo?: string;
  /** TAXI:出租车 KC:经济型 COSY:舒适型 COMMERCE:商务型 LUXURY:豪华型 */
  car_level?: string;
  /** 车辆类型 */
  car_info?: string;
  /** 乘客发布用车时间 */
  publish_time?: string;
  /** 乘客上车时间 */
  taken_time?: string;
  /** 司机到达确认时间 */
  driver_confirm_time?: string;
  /** 行驶公里数（km） */
  travel_distance?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    thirdpart_corp_id: 'String',
    order_id: 'Number',
    end_date: 'String',
    page_size: 'Number',
    user_id: 'String',
    apply_id: 'Number',
    page: 'Number',
    trade_id: 'String',
    start_date: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    trade_list: [
      {
        trade_id: 'String',
        trade_type: 'Number',
        trade_action: 'Number',
        order_id: 'Number',
        corp_id: 'String',
        thirdpart_corp_id: 'String',
        user_id: 'String',
        user_nick: 'String',
        depart_name: 'String',
        apply_id: 'Number',
        third_part_apply_id: 'String',
        apply_title: 'String',
        status: 'String',
        user_confirm: 'Number',
        user_confirm_reason: 'String',
        cancel_reason: 'String',
        gmt_create: 'String',
        gmt_modified: 'String',
        pay_type: 'Number',
        settle_type: 'Number',
        order_type: 'String',
        amount: 'Number',
        corp_amount: 'Number',
        personal_amount: 'Number',
        refund_fee: 'Number',
        service_fee: 'Number',
        currency: 'String',
        settlement_batch_no: 'String',
        invoice_id: 'String',
        invoice_title: 'String',
        cost_center_list: [
          {
            cost_center_id: 'Number',
            cost_center_title: 'String',
            cost_center_number: 'String',
            third_cost_center_id: 'String',
          },
        ],
        client_info_dos: [
          {
            user_id: 'String',
            user_name: 'String',
          },
        ],
        project_code: 'String',
        project_title: 'String',
        thirdpart_itinerary_id: 'String',
        itinerary_no: 'String',
        cancel_time: 'Date',
        pay_time: 'Date',
        is_special: 'Boolean',
        special_types: 'String',
        car_info_do_list: [
          {
            from_addr: 'String',
            to_addr: 'String',
            from_city_name: 'String',
            to_city_name: 'String',
            real_from_addr: 'String',
            real_to_addr: 'String',
            real_from_city_name: 'String',
            real_to_city_name: 'String',
            provider: 'Number',
            provider_name: 'String',
            memo: 'String',
            car_level: 'String',
            car_info: 'String',
            publish_time: 'Date',
            taken_time: 'Date',
            driver_confirm_time: 'Date',
            travel_distance: 'String',
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.open.supplychain.vehicle.trade`: method, response root, request and response schemas. */
export const alitripBtripOpenSupplychainVehicleTradeOperation = {
  method: 'alitrip.btrip.open.supplychain.vehicle.trade',
  responseRoot: 'alitrip_btrip_open_supplychain_vehicle_trade_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅用车交易流水接口 — calls TOP method `alitrip.btrip.open.supplychain.vehicle.trade`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripOpenSupplychainVehicleTrade(
  client: TopClient,
  request: AlitripBtripOpenSupplychainVehicleTradeRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripOpenSupplychainVehicleTradeResponse> {
  return client.call<AlitripBtripOpenSupplychainVehicleTradeResponse>(
    {
      method: 'alitrip.btrip.open.supplychain.vehicle.trade',
      responseRoot: 'alitrip_btrip_open_supplychain_vehicle_trade_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
