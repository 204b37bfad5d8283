// Generated from specs/traveltrade/alitrip.travel.hotelticket.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.hotelticket.order.create` (创单(支付订单)通知). */
export interface AlitripTravelHotelticketOrderCreateRequest {
  /** 扩展参数 支持的key: ["hotelName" : "酒店名称", "roomName" : "房型名称", "productName" : "产品名称", "desc" : "描述"] value字符长度不超过100 */
  extend_params?: string | Record<string, unknown>;
  /** 系统商订单号 */
  order_id?: string;
  /** 创单出票失败原因信息 */
  fail_msg?: string;
  /** 凭证信息 无数据时传空集合 */
  vouchers?: AlitripTravelHotelticketOrderCreateHotelTicketVoucherDTOInput;
  /** 创单结果状态 1：创单出票成功， 2：创单出票失败 */
  status: Int64Input;
  /** 飞猪订单号 */
  fliggy_order_id: string;
}

/** Response of `alitrip.travel.hotelticket.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelHotelticketOrderCreateResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HotelTicketVoucherDTO` of `alitrip.travel.hotelticket.order.create`. */
export interface AlitripTravelHotelticketOrderCreateHotelTicketVoucherDTOInput {
  /** 凭证码 */
  code: string;
  /** 每张票或券可使用次数（如针对一码多刷，往返索道3张票1个码，每张票可使用次数为2，则该码可以刷6次 */
  available_nums: Int64Input;
  /** 证件号 */
  certificate_id?: string;
  /** 凭证类型 1：票码， 2：券码 */
  type: Int64Input;
  /** 二维码图片链接 */
  url?: string;
  /** 凭证 可用/不可用 */
  can_use?: boolean;
  /** 已使用次数 */
  usage_nums?: Int64Input;
  /** 业务类型：1：门票， 2：酒店 */
  biz_type: Int64Input;
}

const REQUEST_SCHEMA = {
  extend_params: 'Json',
  order_id: 'String',
  fail_msg: 'String',
  vouchers: {
    code: 'String',
    available_nums: 'Number',
    certificate_id: 'String',
    type: 'Number',
    url: 'String',
    can_use: 'Boolean',
    usage_nums: 'Number',
    biz_type: 'Number',
  },
  status: 'Number',
  fliggy_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.hotelticket.order.create`: method, response root, request and response schemas. */
export const alitripTravelHotelticketOrderCreateOperation = {
  method: 'alitrip.travel.hotelticket.order.create',
  responseRoot: 'alitrip_travel_hotelticket_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创单(支付订单)通知 — calls TOP method `alitrip.travel.hotelticket.order.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelHotelticketOrderCreate(
  client: TopClient,
  request: AlitripTravelHotelticketOrderCreateRequest,
  options?: CallOptions,
): Promise<AlitripTravelHotelticketOrderCreateResponse> {
  return client.call<AlitripTravelHotelticketOrderCreateResponse>(
    {
      method: 'alitrip.travel.hotelticket.order.create',
      responseRoot: 'alitrip_travel_hotelticket_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
