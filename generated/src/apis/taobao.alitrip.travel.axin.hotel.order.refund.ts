// Generated from specs/axintrade/taobao.alitrip.travel.axin.hotel.order.refund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.hotel.order.refund` (阿信酒店分销订单退款API). */
export interface TaobaoAlitripTravelAxinHotelOrderRefundRequest {
  /** 分销商id */
  distributor_tid?: Int64Input;
  /** 采购单号 */
  purchase_order_id?: Int64Input;
  /** 退款原因 */
  reason?: string;
  /** 备注 */
  remark?: string;
  /** 资源渠道 */
  resource_channel?: string;
}

/** Response of `taobao.alitrip.travel.axin.hotel.order.refund`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinHotelOrderRefundResponse {
  /** 接口返回model */
  result?: TaobaoAlitripTravelAxinHotelOrderRefundBaseResultApiDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResultApiDTO` of `taobao.alitrip.travel.axin.hotel.order.refund`. */
export interface TaobaoAlitripTravelAxinHotelOrderRefundBaseResultApiDTO {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 返回素材id */
  data?: TaobaoAlitripTravelAxinHotelOrderRefundHotelOrderRefundResApiDto;
}

/** `HotelOrderRefundResApiDto` of `taobao.alitrip.travel.axin.hotel.order.refund`. */
export interface TaobaoAlitripTravelAxinHotelOrderRefundHotelOrderRefundResApiDto {
  /** 退款单号 */
  refund_order_id?: Int64;
  /** 退款金额 */
  refund_fee?: Int64;
}

const REQUEST_SCHEMA = {
  distributor_tid: 'Number',
  purchase_order_id: 'Number',
  reason: 'String',
  remark: 'String',
  resource_channel: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    data: {
      refund_order_id: 'Number',
      refund_fee: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.hotel.order.refund`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinHotelOrderRefundOperation = {
  method: 'taobao.alitrip.travel.axin.hotel.order.refund',
  responseRoot: 'alitrip_travel_axin_hotel_order_refund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿信酒店分销订单退款API — calls TOP method `taobao.alitrip.travel.axin.hotel.order.refund`.
 *
 * 阿信酒店分销订单退款
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinHotelOrderRefund(
  client: TopClient,
  request: TaobaoAlitripTravelAxinHotelOrderRefundRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinHotelOrderRefundResponse> {
  return client.call<TaobaoAlitripTravelAxinHotelOrderRefundResponse>(
    {
      method: 'taobao.alitrip.travel.axin.hotel.order.refund',
      responseRoot: 'alitrip_travel_axin_hotel_order_refund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
