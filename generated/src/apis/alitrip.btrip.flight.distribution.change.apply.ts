// Generated from specs/btrip/alitrip.btrip.flight.distribution.change.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.flight.distribution.change.apply` (商旅机票改签申请). */
export interface AlitripBtripFlightDistributionChangeApplyRequest {
  /** 改签申请入参 */
  param_btrip_flight_modify_apply_rq?: AlitripBtripFlightDistributionChangeApplyBtripFlightModifyApplyRqInput;
}

/** Response of `alitrip.btrip.flight.distribution.change.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripFlightDistributionChangeApplyResponse {
  /** 返回结果 */
  result?: AlitripBtripFlightDistributionChangeApplyHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripFlightModifyApplyRq` of `alitrip.btrip.flight.distribution.change.apply`. */
export interface AlitripBtripFlightDistributionChangeApplyBtripFlightModifyApplyRqInput {
  /** 是否自愿 */
  is_voluntary: Int64Input;
  /** 改签航班信息 */
  modify_flight_info_list: AlitripBtripFlightDistributionChangeApplyModifyFlightInfoInput[];
  /** 分销外部订单号 */
  dis_order_id: string;
  /** 改签原因 */
  reason: string;
  /** 分销子渠道，通常为corpId */
  sub_channel: string;
  /** 分销外部改签单号 */
  dis_sub_order_id: string;
}

/** `ModifyFlightInfo` of `alitrip.btrip.flight.distribution.change.apply`. */
export interface AlitripBtripFlightDistributionChangeApplyModifyFlightInfoInput {
  /** 到达城市编码 */
  arr_city: string;
  /** 舱位 */
  cabin?: string;
  /** 出发城市编码 */
  dep_city: string;
  /** 出发日期 */
  dep_date: string;
  /** 改签航班号 */
  flight_no: string;
  /** 改签乘客信息列表 */
  passenger_info_list: AlitripBtripFlightDistributionChangeApplyPassengerCabinInfoInput[];
}

/** `PassengerCabinInfo` of `alitrip.btrip.flight.distribution.change.apply`. */
export interface AlitripBtripFlightDistributionChangeApplyPassengerCabinInfoInput {
  /** 改签费 */
  change_fee?: Int64Input;
  /** 原航班号 */
  origin_flight_no: string;
  /** 乘客姓名 */
  passenger_name: string;
  /** 升舱费用 */
  upgrade_fee?: Int64Input;
  /** 用户编号 */
  user_id: string;
}

/** `HisvResult` of `alitrip.btrip.flight.distribution.change.apply`. */
export interface AlitripBtripFlightDistributionChangeApplyHisvResult {
  /** 返回模块 */
  module?: AlitripBtripFlightDistributionChangeApplyBtripFlightModifyApplyRs;
  /** 错误编码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `BtripFlightModifyApplyRs` of `alitrip.btrip.flight.distribution.change.apply`. */
export interface AlitripBtripFlightDistributionChangeApplyBtripFlightModifyApplyRs {
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
}

const REQUEST_SCHEMA = {
  param_btrip_flight_modify_apply_rq: {
    is_voluntary: 'Number',
    modify_flight_info_list: [
      {
        arr_city: 'String',
        cabin: 'String',
        dep_city: 'String',
        dep_date: 'String',
        flight_no: 'String',
        passenger_info_list: [
          {
            change_fee: 'Number',
            origin_flight_no: 'String',
            passenger_name: 'String',
            upgrade_fee: 'Number',
            user_id: 'String',
          },
        ],
      },
    ],
    dis_order_id: 'String',
    reason: 'String',
    sub_channel: 'String',
    dis_sub_order_id: 'String',
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
    },
    result_code: 'Number',
    result_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.flight.distribution.change.apply`: method, response root, request and response schemas. */
export const alitripBtripFlightDistributionChangeApplyOperation = {
  method: 'alitrip.btrip.flight.distribution.change.apply',
  responseRoot: 'alitrip_btrip_flight_distribution_change_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅机票改签申请 — calls TOP method `alitrip.btrip.flight.distribution.change.apply`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripFlightDistributionChangeApply(
  client: TopClient,
  request: AlitripBtripFlightDistributionChangeApplyRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripFlightDistributionChangeApplyResponse> {
  return client.call<AlitripBtripFlightDistributionChangeApplyResponse>(
    {
      method: 'alitrip.btrip.flight.distribution.change.apply',
      responseRoot: 'alitrip_btrip_flight_distribution_change_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
