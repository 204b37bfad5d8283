// Generated from specs/axintrade/taobao.alitrip.travel.axin.hotelticket.order.createorder.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.hotelticket.order.createorder` (阿信度假业务创单并支付接口). */
export interface TaobaoAlitripTravelAxinHotelticketOrderCreateorderRequest {
  /** 分销商订单号 */
  outer_order_id: string;
  /** 产品id */
  product_id: Int64Input;
  /** 出行日期 格式： yyyy-MM-dd */
  service_start_time: string;
  /** 结束日期 格式： yyyy-MM-dd */
  service_end_time: string;
  /** 门票游玩日期 只能选择出行和结束之间日期 格式： yyyy-MM-dd */
  use_time?: string;
  /** 联系人信息 */
  contact_info?: TaobaoAlitripTravelAxinHotelticketOrderCreateorderTravelerDTOInput;
  /** 出行人信息 */
  traveler_info_list: TaobaoAlitripTravelAxinHotelticketOrderCreateorderTravelerDTOInput;
  /** 购买数量 */
  buy_amount: Int64Input;
  /** 产品单价 */
  product_price: Int64Input;
  /** 订单总金额，单位为分 */
  total_price: Int64Input;
  /** 分销商ID(淘系) */
  distributor_tid: Int64Input;
  /** 产品线 */
  biz_line: string;
}

/** Response of `taobao.alitrip.travel.axin.hotelticket.order.createorder`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinHotelticketOrderCreateorderResponse {
  /** 结果返回类 */
  result?: TaobaoAlitripTravelAxinHotelticketOrderCreateorderBaseResultApiDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TravelerDTO` of `taobao.alitrip.travel.axin.hotelticket.order.createorder`. */
export interface TaobaoAlitripTravelAxinHotelticketOrderCreateorderTravelerDTOInput {
  /** 姓名 */
  name?: string;
  /** 联系人手机号 */
  mobile?: string;
  /** 联系人邮箱 */
  email?: string;
  /** 联系人证件号 */
  certificates?: string;
  /** 联系人证件类型 */
  certificates_type?: Int64Input;
}

/** `BaseResultApiDTO` of `taobao.alitrip.travel.axin.hotelticket.order.createorder`. */
export interface TaobaoAlitripTravelAxinHotelticketOrderCreateorderBaseResultApiDTO {
  /** 是否成功 */
  success?: boolean;
  /** 创单返回参数 */
  data?: TaobaoAlitripTravelAxinHotelticketOrderCreateorderTopOrderCreateApiResDTO;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `TopOrderCreateApiResDTO` of `taobao.alitrip.travel.axin.hotelticket.order.createorder`. */
export interface TaobaoAlitripTravelAxinHotelticketOrderCreateorderTopOrderCreateApiResDTO {
  /** 采购单号 */
  purchase_sub_order_id?: Int64;
}

const REQUEST_SCHEMA = {
  outer_order_id: 'String',
  product_id: 'Number',
  service_start_time: 'String',
  service_end_time: 'String',
  use_time: 'String',
  contact_info: {
    name: 'String',
    mobile: 'String',
    email: 'String',
    certificates: 'String',
    certificates_type: 'Number',
  },
  traveler_info_list: {
    name: 'String',
    mobile: 'String',
    email: 'String',
    certificates: 'String',
    certificates_type: 'Number',
  },
  buy_amount: 'Number',
  product_price: 'Number',
  total_price: 'Number',
  distributor_tid: 'Number',
  biz_line: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data: {
      purchase_sub_order_id: 'Number',
    },
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.hotelticket.order.createorder`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinHotelticketOrderCreateorderOperation = {
  method: 'taobao.alitrip.travel.axin.hotelticket.order.createorder',
  responseRoot: 'alitrip_travel_axin_hotelticket_order_createorder_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿信度假业务创单并支付接口 — calls TOP method `taobao.alitrip.travel.axin.hotelticket.order.createorder`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinHotelticketOrderCreateorder(
  client: TopClient,
  request: TaobaoAlitripTravelAxinHotelticketOrderCreateorderRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinHotelticketOrderCreateorderResponse> {
  return client.call<TaobaoAlitripTravelAxinHotelticketOrderCreateorderResponse>(
    {
      method: 'taobao.alitrip.travel.axin.hotelticket.order.createorder',
      responseRoot: 'alitrip_travel_axin_hotelticket_order_createorder_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
