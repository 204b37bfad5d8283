// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.order.fill.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.order.fill` (填单页接口). */
export interface AlitripMerchantGalaxyOrderFillRequest {
  /** 租户标识 */
  tenant_key?: string;
  /** 填单页入参 */
  fill_order_param?: AlitripMerchantGalaxyOrderFillFillOrderParamInput;
}

/** Response of `alitrip.merchant.galaxy.order.fill`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyOrderFillResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyOrderFillResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FillOrderParam` of `alitrip.merchant.galaxy.order.fill`. */
export interface AlitripMerchantGalaxyOrderFillFillOrderParamInput {
  /** 离店时间 */
  check_out_date?: string;
  /** 标准静态信息库酒店id */
  shid?: Int64Input;
  /** 外部酒店id */
  hotel_id?: string;
  /** 商品名称 */
  rp_title?: string;
  /** 入住时间 */
  check_in_date?: string;
  /** 房型id */
  sr_id?: Int64Input;
  /** 代金券id */
  voucher_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.order.fill`. */
export interface AlitripMerchantGalaxyOrderFillResponse2 {
  /** 成功 */
  success?: boolean;
  /** 错误信息 */
  error_code?: string;
  /** 填单页展示对象 */
  content?: AlitripMerchantGalaxyOrderFillFillPageVo;
  /** 错误码 */
  error_msg?: string;
}

/** `FillPageVo` of `alitrip.merchant.galaxy.order.fill`. */
export interface AlitripMerchantGalaxyOrderFillFillPageVo {
  /** 订房必读 */
  reservation_notice?: string;
  /** 入住几晚 */
  total_day?: Int64;
  /** 几点前离店 */
  check_out_hour?: string;
  /** 几点后入住 */
  check_in_hour?: string;
  /** 星期几离店 */
  check_out_week?: string;
  /** 星期几入住 */
  check_in_week?: string;
  /** 离店日期 */
  check_out_date?: string;
  /** 入住日期 */
  check_in_date?: string;
  /** 房间图片 */
  file_url?: string;
  /** 商品名称 */
  rp_title?: string;
  /** 最大入住人数 */
  max_occupancy?: Int64;
  /** 房间窗型 */
  window_type?: string;
  /** 房间床型 */
  bed_type?: string;
  /** 房间大小 */
  room_area?: string;
  /** 房间名称 */
  room_name?: string;
  /** 酒店地址 */
  address?: string;
  /** 酒店名称 */
  hotel_name?: string;
  /** 酒店背景图片 */
  hotel_url?: string;
  /** 通用取消政策描述 */
  universal_cancel_policy_desc?: string;
  /** 通用取消政策名称 */
  universal_cancel_policy_name?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  fill_order_param: {
    check_out_date: 'String',
    shid: 'Number',
    hotel_id: 'String',
    rp_title: 'String',
    check_in_date: 'String',
    sr_id: 'Number',
    voucher_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      reservation_notice: 'String',
      total_day: 'Number',
      check_out_hour: 'String',
      check_in_hour: 'String',
      check_out_week: 'String',
      check_in_week: 'String',
      check_out_date: 'String',
      check_in_date: 'String',
      file_url: 'String',
      rp_title: 'String',
      max_occupancy: 'Number',
      window_type: 'String',
      bed_type: 'String',
      room_area: 'String',
      room_name: 'String',
      address: 'String',
      hotel_name: 'String',
      hotel_url: 'String',
      universal_cancel_policy_desc: 'String',
      universal_cancel_policy_name: 'String',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.order.fill`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyOrderFillOperation = {
  method: 'alitrip.merchant.galaxy.order.fill',
  responseRoot: 'alitrip_merchant_galaxy_order_fill_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 填单页接口 — calls TOP method `alitrip.merchant.galaxy.order.fill`.
 *
 * 进入填单页时调用此接口，返回填单所需展示基础信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyOrderFill(
  client: TopClient,
  request: AlitripMerchantGalaxyOrderFillRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyOrderFillResponse> {
  return client.call<AlitripMerchantGalaxyOrderFillResponse>(
    {
      method: 'alitrip.merchant.galaxy.order.fill',
      responseRoot: 'alitrip_merchant_galaxy_order_fill_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
