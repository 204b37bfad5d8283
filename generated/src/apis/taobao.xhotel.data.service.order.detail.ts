// Generated from specs/xhotel/taobao.xhotel.data.service.order.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.data.service.order.detail` (服务订单详情). */
export interface TaobaoXhotelDataServiceOrderDetailRequest {
  /** 查询开始日期 */
  start_date?: string;
  /** 是否查无订单 1:是 0:否 */
  is_call_no_order?: Int64Input;
  /** 酒店id */
  hid?: Int64Input;
  /** 是否特殊时段订单 1:是 0:否 */
  is_spec_time_order?: Int64Input;
  /** 渠道商名称 */
  vendor?: string;
  /** 分页大小 */
  page_size?: Int64Input;
  /** 查询结束时间 */
  end_date?: string;
  /** 是否到店无房 1:是 */
  is_no_room_compen?: Int64Input;
  /** 分页参数 */
  start_row?: Int64Input;
  /** 是否拒单 1:是 0:否 */
  is_seller_deny?: Int64Input;
  /** 是否卖家原因退款 1:是 0:否 */
  is_seller_refund?: Int64Input;
  /** 供应商名称 */
  supplier?: string;
}

/** Response of `taobao.xhotel.data.service.order.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelDataServiceOrderDetailResponse {
  /** result */
  result?: TaobaoXhotelDataServiceOrderDetailResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.data.service.order.detail`. */
export interface TaobaoXhotelDataServiceOrderDetailResultSet {
  /** firstResult */
  first_result?: TaobaoXhotelDataServiceOrderDetailTopAdsTripSvcQueryResult;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
}

/** `TopAdsTripSvcQueryResult` of `taobao.xhotel.data.service.order.detail`. */
export interface TaobaoXhotelDataServiceOrderDetailTopAdsTripSvcQueryResult {
  /** topAdsHtlServiceDataList */
  top_ads_htl_service_data_list?: TaobaoXhotelDataServiceOrderDetailTopadshtlservicedatalist[];
  /** count */
  count?: Int64;
}

/** `Topadshtlservicedatalist` of `taobao.xhotel.data.service.order.detail`. */
export interface TaobaoXhotelDataServiceOrderDetailTopadshtlservicedatalist {
  /** 是否查无订单 N:否 Y:是 */
  is_call_no_order?: string;
  /** 酒店id */
  hid?: Int64;
  /** 是否特殊时段订单 N:否 Y:是 */
  is_spec_time_order?: string;
  /** 渠道商名称 */
  vendor?: string;
  /** 入住时间 */
  checkin_date?: string;
  /** 是否到店无房订单 1:是 */
  is_no_room_compen?: string;
  /** 酒店名称 */
  hotel_name?: string;
  /** 确认时长 */
  confirm_duration?: Int64;
  /** 是否拒单 N:否 Y:是 */
  is_seller_deny?: string;
  /** 离店时间 */
  checkout_date?: string;
  /** 是否卖家原因退款 N:否 Y:是 */
  is_seller_refund?: string;
  /** 供应商名称 */
  supplier?: string;
  /** 订单id */
  tid?: Int64;
}

const REQUEST_SCHEMA = {
  start_date: 'String',
  is_call_no_order: 'Number',
  hid: 'Number',
  is_spec_time_order: 'Number',
  vendor: 'String',
  page_size: 'Number',
  end_date: 'String',
  is_no_room_compen: 'Number',
  start_row: 'Number',
  is_seller_deny: 'Number',
  is_seller_refund: 'Number',
  supplier: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    first_result: {
      top_ads_htl_service_data_list: [
        {
          is_call_no_order: 'String',
          hid: 'Number',
          is_spec_time_order: 'String',
          vendor: 'String',
          checkin_date: 'Date',
          is_no_room_compen: 'String',
          hotel_name: 'String',
          confirm_duration: 'Number',
          is_seller_deny: 'String',
          checkout_date: 'Date',
          is_seller_refund: 'String',
          supplier: 'String',
          tid: 'Number',
        },
      ],
      count: 'Number',
    },
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.data.service.order.detail`: method, response root, request and response schemas. */
export const taobaoXhotelDataServiceOrderDetailOperation = {
  method: 'taobao.xhotel.data.service.order.detail',
  responseRoot: 'xhotel_data_service_order_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务订单详情 — calls TOP method `taobao.xhotel.data.service.order.detail`.
 *
 * 服务订单详情top接口构建
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelDataServiceOrderDetail(
  client: TopClient,
  request: TaobaoXhotelDataServiceOrderDetailRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelDataServiceOrderDetailResponse> {
  return client.call<TaobaoXhotelDataServiceOrderDetailResponse>(
    {
      method: 'taobao.xhotel.data.service.order.detail',
      responseRoot: 'xhotel_data_service_order_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
