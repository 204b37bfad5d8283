// Generated from specs/btrip/alitrip.btrip.flight.distribution.change.newapply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.change.newapply` (商旅机票改签申请V2). */
export interface AlitripBtripFlightDistributionChangeNewapplyRequest {
  /** 改签申请入参 */
  param_btrip_flight_modify_apply_rq?: AlitripBtripFlightDistributionChangeNewapplyBtripFlightModifyApplyRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.change.newapply`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionChangeNewapplyResponse {
  /** 返回结果 */
  result?: AlitripBtripFlightDistributionChangeNewapplyHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightModifyApplyRq` of `alitrip.btrip.flight.distribution.change.newapply`. */
export interface AlitripBtripFlightDistributionChangeNewapplyBtripFlightModifyApplyRqInput {
  /** 分销外部订单号 */
  dis_order_id: string;
  /** 分销外部改签子订单号 */
  dis_sub_order_id: string;
  /** 改签理由 */
  reason?: string;
  /** 联系人电话 */
  contact_phone?: string;
  /** ota商品itemId */
  ota_item_id: string;
  /** 会话ID */
  session_id: string;
  /** 是否自愿:1自愿，0非自愿 */
  is_voluntary?: Int64Input;
  /** 改签航班信息 */
  modify_flight_info_list: AlitripBtripFlightDistributionChangeNewapplyModifyFlightInfoInput[];
  /** 分销子渠道，通常为corpId */
  sub_channel: string;
  /** 默认为false */
  whether_retry?: boolean;
}

/** `ModifyFlightInfo` of `alitrip.btrip.flight.distribution.change.newapply`. */
export interface AlitripBtripFlightDistributionChangeNewapplyModifyFlightInfoInput {
  /** 航班号 */
  flight_no: string;
  /** 改签出发日期 */
  dep_date: string;
  /** 到达城市三字码 */
  arr_city: string;
  /** 出发城市三字码 */
  dep_city: string;
  /** 改签目标舱位代码 */
  cabin?: string;
  /** 改签乘客信息 */
  passenger_info_list: AlitripBtripFlightDistributionChangeNewapplyPassengerCabinInfoInput[];
}

/** `PassengerCabinInfo` of `alitrip.btrip.flight.distribution.change.newapply`. */
export interface AlitripBtripFlightDistributionChangeNewapplyPassengerCabinInfoInput {
  /** 原航班号 */
  origin_flight_no: string;
  /** 用户姓名 */
  passenger_name: string;
  /** 用户编号 */
  user_id: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.change.newapply`. */
export interface AlitripBtripFlightDistributionChangeNewapplyHisvResult {
  /** 返回模块 */
  module?: AlitripBtripFlightDistributionChangeNewapplyBtripFlightModifyApplyRs;
  /** 错误编码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightModifyApplyRs` of `alitrip.btrip.flight.distribution.change.newapply`. */
export interface AlitripBtripFlightDistributionChangeNewapplyBtripFlightModifyApplyRs {
  /** 改签费用 */
  change_fee?: Int64;
  /** 分销外部订单号 */
  dis_order_id?: string;
  /** 改签单状态 */
  status?: number;
  /** 分销外部改签单号 */
  dis_sub_order_id?: string;
  /** 升舱费 */
  upgrade_fee?: Int64;
  /** 能否支付 */
  can_pay?: boolean;
  /** 支付截止时间 */
  deadline_time?: string;
  /** 商旅改签申请单号 */
  btrip_sub_order_id?: Int64;
  /** 是否重试 */
  retry?: boolean;
  /** 最大的重试次数 */
  max_retry_times?: Int64;
  /** 重试时给用户提示的文案 */
  retry_client_tips?: string;
  /** 重试的间隔时间单位ms */
  next_retry_interval?: Int64;
  /** 预定后变价-用户原支付费用总金额 */
  booking_changed_total_fee?: Int64;
  /** 是否变价 */
  booking_price_changed?: boolean;
  /** 预定后变价-用户原支付费用总金额 */
  booking_origin_total_fee?: Int64;
}

const REQUEST_SCHEMA = {
  param_btrip_flight_modify_apply_rq: {
    dis_order_id: 'String',
    dis_sub_order_id: 'String',
    reason: 'String',
    contact_phone: 'String',
    ota_item_id: 'String',
    session_id: 'String',
    is_voluntary: 'Number',
    modify_flight_info_list: [
      {
        flight_no: 'String',
        dep_date: 'String',
        arr_city: 'String',
        dep_city: 'String',
        cabin: 'String',
        passenger_info_list: [
          {
            origin_flight_no: 'String',
            passenger_name: 'String',
            user_id: 'String',
          },
        ],
      },
    ],
    sub_channel: 'String',
    whether_retry: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      change_fee: 'Number',
      dis_order_id: 'String',
      status: 'byte',
      dis_sub_order_id: 'String',
      upgrade_fee: 'Number',
      can_pay: 'Boolean',
      deadline_time: 'String',
      btrip_sub_order_id: 'Number',
      retry: 'Boolean',
      max_retry_times: 'Number',
      retry_client_tips: 'String',
      next_retry_interval: 'Number',
      booking_changed_total_fee: 'Number',
      booking_price_changed: 'Boolean',
      booking_origin_total_fee: 'Number',
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.change.newapply`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionChangeNewapplyOperation = {
  method: 'alitrip.btrip.flight.distribution.change.newapply',
  responseRoot: 'alitrip_btrip_flight_distribution_change_newapply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票改签申请V2 — calls TOP method `alitrip.btrip.flight.distribution.change.newapply`.
 *
 * 商旅机票改签申请
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionChangeNewapply(
  client: TopClient,
  request: AlitripBtripFlightDistributionChangeNewapplyRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionChangeNewapplyResponse> {
  return client.call<AlitripBtripFlightDistributionChangeNewapplyResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.change.newapply',
      responseRoot: 'alitrip_btrip_flight_distribution_change_newapply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
