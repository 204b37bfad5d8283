// Generated from specs/axintrade/taobao.alitrip.travel.axin.hotelticket.refund.orderrefund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.hotelticket.refund.orderrefund` (阿信度假业务申请退款). */
export interface TaobaoAlitripTravelAxinHotelticketRefundOrderrefundRequest {
  /** 分销商ID */
  distributor_tid: Int64Input;
  /** 采购单号 */
  purchase_sub_order_id: Int64Input;
  /** 备注 */
  remark?: string;
  /** 退款原因 */
  reason?: string;
}

/** Response of `taobao.alitrip.travel.axin.hotelticket.refund.orderrefund`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinHotelticketRefundOrderrefundResponse {
  /** 结果返回类 */
  result?: TaobaoAlitripTravelAxinHotelticketRefundOrderrefundBaseResultApiDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResultApiDTO` of `taobao.alitrip.travel.axin.hotelticket.refund.orderrefund`. */
export interface TaobaoAlitripTravelAxinHotelticketRefundOrderrefundBaseResultApiDTO {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 退款ID */
  data?: Int64;
}

const REQUEST_SCHEMA = {
  distributor_tid: 'Number',
  purchase_sub_order_id: 'Number',
  remark: 'String',
  reason: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.hotelticket.refund.orderrefund`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinHotelticketRefundOrderrefundOperation = {
  method: 'taobao.alitrip.travel.axin.hotelticket.refund.orderrefund',
  responseRoot: 'alitrip_travel_axin_hotelticket_refund_orderrefund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿信度假业务申请退款 — calls TOP method `taobao.alitrip.travel.axin.hotelticket.refund.orderrefund`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinHotelticketRefundOrderrefund(
  client: TopClient,
  request: TaobaoAlitripTravelAxinHotelticketRefundOrderrefundRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinHotelticketRefundOrderrefundResponse> {
  return client.call<TaobaoAlitripTravelAxinHotelticketRefundOrderrefundResponse>(
    {
      method: 'taobao.alitrip.travel.axin.hotelticket.refund.orderrefund',
      responseRoot: 'alitrip_travel_axin_hotelticket_refund_orderrefund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
