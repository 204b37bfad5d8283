// Generated from specs/btrip/alitrip.btrip.hotel.order.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.hotel.order.search` (搜索酒店订单列表). */
export interface AlitripBtripHotelOrderSearchRequest {
  /** 请求 */
  rq?: AlitripBtripHotelOrderSearchOpenSearchRqInput;
}

/** Response of `alitrip.btrip.hotel.order.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripHotelOrderSearchResponse {
  /** 返回结果 */
  result?: AlitripBtripHotelOrderSearchBtriphomeResultSupport;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenSearchRq` of `alitrip.btrip.hotel.order.search`. */
export interface AlitripBtripHotelOrderSearchOpenSearchRqInput {
  /** 创建开始时间 */
  start_time?: DateInput;
  /** 审批单id */
  apply_id?: Int64Input;
  /** 页数，从1开始 */
  page?: Int64Input;
  /** 每页数量，默认10，最大50 */
  page_size?: Int64Input;
  /** 企业id */
  depart_id?: string;
  /** 创建结束时间 */
  end_time?: DateInput;
  /** 企业id */
  corp_id: string;
  /** 用户id */
  user_id?: string;
  /** 更新开始时间 */
  update_end_time?: DateInput;
  /** 更新结束时间 */
  update_start_time?: DateInput;
}

/** `BtriphomeResultSupport` of `alitrip.btrip.hotel.order.search`. */
export interface AlitripBtripHotelOrderSearchBtriphomeResultSupport {
  /** 数据结果 */
  hotel_order_list?: AlitripBtripHotelOrderSearchOpenHotelOrderRs[];
  /** 成功标识 */
  success?: boolean;
  /** 返回信息 */
  result_msg?: string;
  /** 返回码 */
  result_code?: Int64;
}

/** `OpenHotelOrderRs` of `alitrip.btrip.hotel.order.search`. */
export interface AlitripBtripHotelOrderSearchOpenHotelOrderRs {
  /** 订单id */
  id?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 更新时间 */
  gmt_modified?: string;
  /** 企业id */
  corp_id?: string;
  /** 企业名称 */
  corp_name?: string;
  /** 用户id */
  user_id?: string;
  /** 用户名称 */
  user_name?: string;
  /** 部门id */
  depart_id?: string;
  /** 部门名称 */
  depart_name?: string;
  /** 申请单id */
  apply_id?: Int64;
  /** 联系人电话 */
  contact_phone?: string;
  /** 联系人名称 */
  contact_name?: string;
  /** 酒店所在城市 */
  city?: string;
  /** 酒店名称 */
  hotel_name?: string;
  /** 入住时间 */
  check_in?: string;
  /** 离店时间 */
  check_out?: string;
  /** 房间类型 */
  room_type?: string;
  /** 房间数 */
  room_num?: Int64;
  /** 总共住几晚 */
  night?: Int64;
  /** 价目详情列表 */
  price_info_list?: AlitripBtripHotelOrderSearchOpenPriceInfo[];
  /** 成本中心对象 */
  cost_center?: AlitripBtripHotelOrderSearchOpenCostCenterDo;
  /** 发票对象 */
  invoice?: AlitripBtripHotelOrderSearchOpenInvoiceDo;
  /** 订单状态描述 */
  order_status_desc?: string;
  /** 订单类型描述 */
  order_type_desc?: string;
  /** 入住顾客，多个用','分割 */
  guest?: string;
  /** 第三方行程id */
  thirdpart_itinerary_id?: string;
  /** 订单状态 */
  order_status?: Int64;
  /** 订单类型 */
  order_type?: Int64;
  /** 入住人员列表 */
  user_affiliate_list?: AlitripBtripHotelOrderSearchOpenUserAffiliateDo[];
}

/** `OpenPriceInfo` of `alitrip.btrip.hotel.order.search`. */
export interface AlitripBtripHotelOrderSearchOpenPriceInfo {
  /** 结算方式:1个人现付，2:企业现付,4:企业月结，8企业预存 */
  pay_type?: Int64;
  /** 交易类型 */
  category?: string;
  /** 资金流向:1:支出，2:收入 */
  type?: Int64;
  /** 价格 */
  price?: string;
  /** 流水创建时间 */
  gmt_create?: string;
  /** 支付流水号 */
  alipay_trade_no?: string;
  /** 入住人，多个用‘,’分割 */
  passenger_name?: string;
  /** 订单流水号 */
  trade_id?: string;
}

/** `OpenCostCenterDo` of `alitrip.btrip.hotel.order.search`. */
export interface AlitripBtripHotelOrderSearchOpenCostCenterDo {
  /** 成本中心名称 */
  name?: string;
  /** 成本中心编号 */
  number?: string;
  /** 企业id */
  corp_id?: string;
}

/** `OpenInvoiceDo` of `alitrip.btrip.hotel.order.search`. */
export interface AlitripBtripHotelOrderSearchOpenInvoiceDo {
  /** 发票抬头 */
  title?: string;
  /** 商旅发票id */
  id?: Int64;
}

/** `OpenUserAffiliateDo` of `alitrip.btrip.hotel.order.search`. */
export interface AlitripBtripHotelOrderSearchOpenUserAffiliateDo {
  /** 入住人员Id */
  user_id?: string;
  /** 入住人员名称 */
  user_name?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    start_time: 'Date',
    apply_id: 'Number',
    page: 'Number',
    page_size: 'Number',
    depart_id: 'String',
    end_time: 'Date',
    corp_id: 'String',
    user_id: 'String',
    update_end_time: 'Date',
    update_start_time: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    hotel_order_list: [
      {
        id: 'Number',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        corp_id: 'String',
        corp_name: 'String',
        user_id: 'String',
        user_name: 'String',
        depart_id: 'String',
        depart_name: 'String',
        apply_id: 'Number',
        contact_phone: 'String',
        contact_name: 'String',
        city: 'String',
        hotel_name: 'String',
        check_in: 'Date',
        check_out: 'Date',
        room_type: 'String',
        room_num: 'Number',
        night: 'Number',
        price_info_list: [
          {
            pay_type: 'Number',
            category: 'String',
            type: 'Number',
            price: 'String',
            gmt_create: 'Date',
            alipay_trade_no: 'String',
            passenger_name: 'String',
            trade_id: 'String',
          },
        ],
        cost_center: {
          name: 'String',
          number: 'String',
          corp_id: 'String',
        },
        invoice: {
          title: 'String',
          id: 'Number',
        },
        order_status_desc: 'String',
        order_type_desc: 'String',
        guest: 'String',
        thirdpart_itinerary_id: 'String',
        order_status: 'Number',
        order_type: 'Number',
        user_affiliate_list: [
          {
            user_id: 'String',
            user_name: 'String',
          },
        ],
      },
    ],
    success: 'Boolean',
    result_msg: 'String',
    result_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.hotel.order.search`: method, response root, request and response schemas. */
export const alitripBtripHotelOrderSearchOperation = {
  method: 'alitrip.btrip.hotel.order.search',
  responseRoot: 'alitrip_btrip_hotel_order_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 搜索酒店订单列表 — calls TOP method `alitrip.btrip.hotel.order.search`.
 *
 * 企业获取商旅酒店订单数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripHotelOrderSearch(
  client: TopClient,
  request: AlitripBtripHotelOrderSearchRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripHotelOrderSearchResponse> {
  return client.call<AlitripBtripHotelOrderSearchResponse>(
    {
      method: 'alitrip.btrip.hotel.order.search',
      responseRoot: 'alitrip_btrip_hotel_order_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
