// Generated from specs/btrip/alitrip.btrip.hotel.distribution.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.hotel.distribution.order.create` (商旅酒店分销-创建订单). */
export interface AlitripBtripHotelDistributionOrderCreateRequest {
  /** 创建订单请求入参 */
  param_btrip_hotel_create_order_rq?: AlitripBtripHotelDistributionOrderCreateBtripHotelCreateOrderRqInput;
}

/** Response of `alitrip.btrip.hotel.distribution.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripHotelDistributionOrderCreateResponse {
  /** 创单返回结果 */
  result?: AlitripBtripHotelDistributionOrderCreateHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripHotelCreateOrderRq` of `alitrip.btrip.hotel.distribution.order.create`. */
export interface AlitripBtripHotelDistributionOrderCreateBtripHotelCreateOrderRqInput {
  /** 预订人在分销商平台的用户昵称 */
  buyer_name: string;
  /** 预订人在分销商平台的唯一用户标识 */
  buyer_unique_key: string;
  /** 1 */
  check_in: DateInput;
  /** 1 */
  check_out: DateInput;
  /** 创单Key值，试单结果返回 */
  create_order_key: string;
  /** 入住人信息 */
  customers: string;
  /** 分销平台订单id */
  dis_order_id: string;
  /** 最早到店时间 */
  earliest_arrival_time?: DateInput;
  /** 订单联系人信息 */
  hotel_contact: AlitripBtripHotelDistributionOrderCreateBtripHotelContactDtoInput;
  /** 商旅商品唯一标识 */
  item_id: Int64Input;
  /** 最晚到店时间 */
  latest_arrival_time?: DateInput;
  /** 每间房成人数 */
  number_of_adults_per_room?: Int64Input;
  /** 销售计划id */
  rate_plan_id: Int64Input;
  /** 预订房间数 */
  room_num: Int64Input;
  /** 分销子渠道，商旅企业id */
  sub_channel: string;
  /** 供应商标识码 */
  supplier_code: string;
  /** 总优惠金额，注:(验价时如有优惠信息，则这个字段必传) */
  total_promotion?: Int64Input;
  /** 总房价 */
  total_room_price: Int64Input;
  /** 订单总价中企业支付部分 */
  corp_pay_price?: Int64Input;
  /** 订单总价中个人支付部分 */
  person_pay_price?: Int64Input;
}

/** `BtripHotelContactDto` of `alitrip.btrip.hotel.distribution.order.create`. */
export interface AlitripBtripHotelDistributionOrderCreateBtripHotelContactDtoInput {
  /** 邮箱 */
  email?: string;
  /** 入住人姓名 */
  name: string;
  /** 入住人电话 */
  phone?: string;
}

/** `HisvResult` of `alitrip.btrip.hotel.distribution.order.create`. */
export interface AlitripBtripHotelDistributionOrderCreateHisvResult {
  /** 创单返回结果数据对象 */
  module?: AlitripBtripHotelDistributionOrderCreateBtripHotelCreateOrderRs;
  /** 创单返回结果码 */
  result_code?: Int64;
  /** 创单返回提示信息 */
  result_msg?: string;
}

/** `BtripHotelCreateOrderRs` of `alitrip.btrip.hotel.distribution.order.create`. */
export interface AlitripBtripHotelDistributionOrderCreateBtripHotelCreateOrderRs {
  /** 商旅订单id */
  btrip_order_id?: Int64;
  /** 供应商订单id */
  supplier_order_id?: string;
}

const REQUEST_SCHEMA = {
  param_btrip_hotel_create_order_rq: {
    buyer_name: 'String',
    buyer_unique_key: 'String',
    check_in: 'Date',
    check_out: 'Date',
    create_order_key: 'String',
    customers: 'String',
    dis_order_id: 'String',
    earliest_arrival_time: 'Date',
    hotel_contact: {
      email: 'String',
      name: 'String',
      phone: 'String',
    },
    item_id: 'Number',
    latest_arrival_time: 'Date',
    number_of_adults_per_room: 'Number',
    rate_plan_id: 'Number',
    room_num: 'Number',
    sub_channel: 'String',
    supplier_code: 'String',
    total_promotion: 'Number',
    total_room_price: 'Number',
    corp_pay_price: 'Number',
    person_pay_price: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      btrip_order_id: 'Number',
      supplier_order_id: 'String',
    },
    result_code: 'Number',
    result_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.hotel.distribution.order.create`: method, response root, request and response schemas. */
export const alitripBtripHotelDistributionOrderCreateOperation = {
  method: 'alitrip.btrip.hotel.distribution.order.create',
  responseRoot: 'alitrip_btrip_hotel_distribution_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅酒店分销-创建订单 — calls TOP method `alitrip.btrip.hotel.distribution.order.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripHotelDistributionOrderCreate(
  client: TopClient,
  request: AlitripBtripHotelDistributionOrderCreateRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripHotelDistributionOrderCreateResponse> {
  return client.call<AlitripBtripHotelDistributionOrderCreateResponse>(
    {
      method: 'alitrip.btrip.hotel.distribution.order.create',
      responseRoot: 'alitrip_btrip_hotel_distribution_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
