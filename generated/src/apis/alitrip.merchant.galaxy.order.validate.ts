// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.order.validate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.order.validate` (星河-订单试单接口). */
export interface AlitripMerchantGalaxyOrderValidateRequest {
  /** 租户身份信息 */
  tenant_key: string;
  /** 试单参数 */
  validate_order_param: AlitripMerchantGalaxyOrderValidateValidateOrderParamInput;
  /** 用户标识 */
  token?: string;
}

/** Response of `alitrip.merchant.galaxy.order.validate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyOrderValidateResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyOrderValidateResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ValidateOrderParam` of `alitrip.merchant.galaxy.order.validate`. */
export interface AlitripMerchantGalaxyOrderValidateValidateOrderParamInput {
  /** 价格编号 */
  rate_id: Int64Input;
  /** 总价格 */
  total_price: string;
  /** 宝贝id */
  gid: Int64Input;
  /** 支付类型 */
  payment_type: Int64Input;
  /** 入住人数 */
  customer_numbers: Int64Input;
  /** 房间数量 */
  room_num: Int64Input;
  /** 离店时间 */
  check_out_date: string;
  /** 入住时间 */
  check_in_date: string;
  /** 价格id */
  rp_id: Int64Input;
  /** 飞猪外部房型id */
  out_room_id: Int64Input;
  /** 外部酒店id */
  hotel_id: string;
  /** 内部酒店id */
  hid: Int64Input;
  /** 房间类型 */
  guest_by_room_dtos?: AlitripMerchantGalaxyOrderValidateGuestByRoomDtoInput[];
}

/** `GuestByRoomDto` of `alitrip.merchant.galaxy.order.validate`. */
export interface AlitripMerchantGalaxyOrderValidateGuestByRoomDtoInput {
  /** 联系人姓 */
  contact_first_name?: string;
  /** 联系人名 */
  contact_last_name?: string;
  /** 当前房间的总人数 */
  roomer_number?: Int64Input;
  /** 成人数 */
  adult_roomer_number?: Int64Input;
  /** 儿童数 */
  child_roomer_number?: string;
  /** 儿童年龄数组 */
  child_ages?: string[];
}

/** `Response` of `alitrip.merchant.galaxy.order.validate`. */
export interface AlitripMerchantGalaxyOrderValidateResponse2 {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 试单结果 */
  content?: AlitripMerchantGalaxyOrderValidateValidateOrderVo;
  /** 成功 */
  success?: boolean;
}

/** `ValidateOrderVo` of `alitrip.merchant.galaxy.order.validate`. */
export interface AlitripMerchantGalaxyOrderValidateValidateOrderVo {
  /** 价格变化描述 */
  amount_changed_display?: string;
  /** 价格发生变化 */
  is_amount_changed?: boolean;
  /** 每日价格 */
  daily_price_list?: AlitripMerchantGalaxyOrderValidateDailyPrice[];
  /** 总税价 */
  total_tax?: string;
  /** 实际需要支付金额，含税 */
  total_amount?: string;
  /** 订单号 */
  order_code?: string;
}

/** `DailyPrice` of `alitrip.merchant.galaxy.order.validate`. */
export interface AlitripMerchantGalaxyOrderValidateDailyPrice {
  /** 当日价格 */
  really_price?: string;
  /** 日期 */
  date?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  validate_order_param: {
    rate_id: 'Number',
    total_price: 'String',
    gid: 'Number',
    payment_type: 'Number',
    customer_numbers: 'Number',
    room_num: 'Number',
    check_out_date: 'String',
    check_in_date: 'String',
    rp_id: 'Number',
    out_room_id: 'Number',
    hotel_id: 'String',
    hid: 'Number',
    guest_by_room_dtos: [
      {
        contact_first_name: 'String',
        contact_last_name: 'String',
        roomer_number: 'Number',
        adult_roomer_number: 'Number',
        child_roomer_number: 'String',
        child_ages: ['String'],
      },
    ],
  },
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    content: {
      amount_changed_display: 'String',
      is_amount_changed: 'Boolean',
      daily_price_list: [
        {
          really_price: 'String',
          date: 'String',
        },
      ],
      total_tax: 'String',
      total_amount: 'String',
      order_code: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.order.validate`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyOrderValidateOperation = {
  method: 'alitrip.merchant.galaxy.order.validate',
  responseRoot: 'alitrip_merchant_galaxy_order_validate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-订单试单接口 — calls TOP method `alitrip.merchant.galaxy.order.validate`.
 *
 * 根据用户选择酒店房型、入住人数、预订时间参数，获取是否可预订及价格变化信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyOrderValidate(
  client: TopClient,
  request: AlitripMerchantGalaxyOrderValidateRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyOrderValidateResponse> {
  return client.call<AlitripMerchantGalaxyOrderValidateResponse>(
    {
      method: 'alitrip.merchant.galaxy.order.validate',
      responseRoot: 'alitrip_merchant_galaxy_order_validate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
