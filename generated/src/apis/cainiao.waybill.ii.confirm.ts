// Generated from specs/waybill/cainiao.waybill.ii.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.waybill.ii.confirm` (物流订单确认接口). */
export interface CainiaoWaybillIiConfirmRequest {
  /** 订单确认信息 */
  param_waybill_order_confirm_request?: CainiaoWaybillIiConfirmWaybillOrderConfirmRequestInput;
}

/** Response of `cainiao.waybill.ii.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoWaybillIiConfirmResponse {
  /** 确认结果 */
  confirm_response?: CainiaoWaybillIiConfirmWaybillOrderConfirmResponse[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WaybillOrderConfirmRequest` of `cainiao.waybill.ii.confirm`. */
export interface CainiaoWaybillIiConfirmWaybillOrderConfirmRequestInput {
  /** 预约上门收件 */
  call_door_pick_up?: boolean;
  /** cpCode */
  cp_code: string;
  /** 预约上门截止时间 */
  door_pick_up_end_time?: string;
  /** 预约上门时间 */
  door_pick_up_time?: string;
  /** 扩展信息，json String */
  extra_info?: string;
  /** 物流服务， json String */
  logistics_services?: string;
  /** 快递产品编码 */
  product_code?: string;
  /** 客户订单货物总高，单位厘米 */
  total_height?: Int64Input;
  /** 订单货物总长,单位厘米 */
  total_length?: Int64Input;
  /** 订单货物总宽，单位厘米 */
  total_width?: Int64Input;
  /** 物流单号信息 */
  waybill_info: CainiaoWaybillIiConfirmWaybillOrderConfirmWaybillInfoInput[];
  /** 货物总体积，单位立方厘米 */
  total_volume?: Int64Input;
  /** 货物总重量，单位g */
  total_weight?: Int64Input;
}

/** `WaybillOrderConfirmWaybillInfo` of `cainiao.waybill.ii.confirm`. */
export interface CainiaoWaybillIiConfirmWaybillOrderConfirmWaybillInfoInput {
  /** 包裹高，单位厘米 */
  height?: Int64Input;
  /** 包裹长，单位厘米 */
  length?: Int64Input;
  /** 体积, 单位 ml */
  volume?: Int64Input;
  /** 面单号 */
  waybill_code: string;
  /** 重量,单位 g */
  weight?: Int64Input;
  /** 包裹宽，单位厘米 */
  width?: Int64Input;
}

/** `WaybillOrderConfirmResponse` of `cainiao.waybill.ii.confirm`. */
export interface CainiaoWaybillIiConfirmWaybillOrderConfirmResponse {
  /** 面单号 */
  waybill_code?: string;
}

const REQUEST_SCHEMA = {
  param_waybill_order_confirm_request: {
    call_door_pick_up: 'Boolean',
    cp_code: 'String',
    door_pick_up_end_time: 'String',
    door_pick_up_time: 'String',
    extra_info: 'String',
    logistics_services: 'String',
    product_code: 'String',
    total_height: 'Number',
    total_length: 'Number',
    total_width: 'Number',
    waybill_info: [
      {
        height: 'Number',
        length: 'Number',
        volume: 'Number',
        waybill_code: 'String',
        weight: 'Number',
        width: 'Number',
      },
    ],
    total_volume: 'Number',
    total_weight: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  confirm_response: [
    {
      waybill_code: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `cainiao.waybill.ii.confirm`: method, response root, request and response schemas. */
export const cainiaoWaybillIiConfirmOperation = {
  method: 'cainiao.waybill.ii.confirm',
  responseRoot: 'cainiao_waybill_ii_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流订单确认接口 — calls TOP method `cainiao.waybill.ii.confirm`.
 *
 * 物流订单确认
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoWaybillIiConfirm(
  client: TopClient,
  request: CainiaoWaybillIiConfirmRequest = {},
  options?: CallOptions,
): Promise<CainiaoWaybillIiConfirmResponse> {
  return client.call<CainiaoWaybillIiConfirmResponse>(
    {
      method: 'cainiao.waybill.ii.confirm',
      responseRoot: 'cainiao_waybill_ii_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
