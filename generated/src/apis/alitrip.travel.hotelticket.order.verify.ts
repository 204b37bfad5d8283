// Generated from specs/traveltrade/alitrip.travel.hotelticket.order.verify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.hotelticket.order.verify` (订单核销通知). */
export interface AlitripTravelHotelticketOrderVerifyRequest {
  /** 扩展参数 */
  extend_params?: string | Record<string, unknown>;
  /** 系统商订单号 */
  order_id?: string;
  /** 凭证信息 */
  vouchers?: AlitripTravelHotelticketOrderVerifyHotelTicketVerifyVoucherDTOInput;
  /** 飞猪订单号 */
  fliggy_order_id: string;
}

/** Response of `alitrip.travel.hotelticket.order.verify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelHotelticketOrderVerifyResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HotelTicketVerifyVoucherDTO` of `alitrip.travel.hotelticket.order.verify`. */
export interface AlitripTravelHotelticketOrderVerifyHotelTicketVerifyVoucherDTOInput {
  /** 凭证码 */
  code: string;
  /** 使用时间：yyyy-MM-dd HH:mm:ss */
  use_date: string;
  /** 证件号 */
  certificate_id?: string;
  /** 凭证类型 1：票码， 2：券码 */
  type: Int64Input;
  /** 票或券 核销使用数量 */
  usage_nums: Int64Input;
  /** 业务类型：1：门票， 2：酒店 */
  biz_type: Int64Input;
}

const REQUEST_SCHEMA = {
  extend_params: 'Json',
  order_id: 'String',
  vouchers: {
    code: 'String',
    use_date: 'String',
    certificate_id: 'String',
    type: 'Number',
    usage_nums: 'Number',
    biz_type: 'Number',
  },
  fliggy_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.hotelticket.order.verify`: method, response root, request and response schemas. */
export const alitripTravelHotelticketOrderVerifyOperation = {
  method: 'alitrip.travel.hotelticket.order.verify',
  responseRoot: 'alitrip_travel_hotelticket_order_verify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单核销通知 — calls TOP method `alitrip.travel.hotelticket.order.verify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelHotelticketOrderVerify(
  client: TopClient,
  request: AlitripTravelHotelticketOrderVerifyRequest,
  options?: CallOptions,
): Promise<AlitripTravelHotelticketOrderVerifyResponse> {
  return client.call<AlitripTravelHotelticketOrderVerifyResponse>(
    {
      method: 'alitrip.travel.hotelticket.order.verify',
      responseRoot: 'alitrip_travel_hotelticket_order_verify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
