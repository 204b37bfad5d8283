// Generated from specs/xhotel/taobao.xhotel.data.service.hotel.serviceindex.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.data.service.hotel.serviceindex` (酒店服务指数). */
export interface TaobaoXhotelDataServiceHotelServiceindexRequest {
  /** 酒店id */
  hid?: Int64Input;
  /** 渠道商名称 */
  vendor?: string;
  /** 1 */
  start_row?: Int64Input;
  /** 10 */
  page_size?: Int64Input;
  /** 查询时间段结束 */
  report_end_date?: string;
  /** 查询时间段开始 */
  report_start_date?: string;
  /** 供应商名称 */
  supplier?: string;
}

/** Response of `taobao.xhotel.data.service.hotel.serviceindex`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelDataServiceHotelServiceindexResponse {
  /** result */
  result?: TaobaoXhotelDataServiceHotelServiceindexResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.data.service.hotel.serviceindex`. */
export interface TaobaoXhotelDataServiceHotelServiceindexResultSet {
  /** firstResult */
  first_result?: TaobaoXhotelDataServiceHotelServiceindexTopAdsHtlDataQueryResult;
  /** errorMsg */
  error_msg?: string;
  /** errorCode */
  error_code?: string;
  /** success */
  success?: boolean;
}

/** `TopAdsHtlDataQueryResult` of `taobao.xhotel.data.service.hotel.serviceindex`. */
export interface TaobaoXhotelDataServiceHotelServiceindexTopAdsHtlDataQueryResult {
  /** 数量 */
  count?: Int64;
  /** topAdsHtlServiceDataList */
  top_ads_htl_service_data_list?: TaobaoXhotelDataServiceHotelServiceindexTopadshtlservicedatalist[];
}

/** `Topadshtlservicedatalist` of `taobao.xhotel.data.service.hotel.serviceindex`. */
export interface TaobaoXhotelDataServiceHotelServiceindexTopadshtlservicedatalist {
  /** 酒店id */
  hid?: Int64;
  /** 渠道名称 */
  vendor?: string;
  /** 电话 */
  tel?: string;
  /** 有效订单数 */
  sales_count_in_cycle?: Int64;
  /** 预定成功率 */
  booking_succ_rate_str?: string;
  /** 关闭订单数 */
  closed_count_in_cycle?: Int64;
  /** 查无订单数 */
  no_ord_cnt_in_cycle?: Int64;
  /** 酒店名称 */
  name?: string;
  /** 统计时间 */
  report_date?: string;
  /** 到店无房数量 */
  no_room_cnt_in_cycle?: Int64;
  /** 酒店外部编码 */
  outer_id?: string;
}

const REQUEST_SCHEMA = {
  hid: 'Number',
  vendor: 'String',
  start_row: 'Number',
  page_size: 'Number',
  report_end_date: 'String',
  report_start_date: 'String',
  supplier: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    first_result: {
      count: 'Number',
      top_ads_htl_service_data_list: [
        {
          hid: 'Number',
          vendor: 'String',
          tel: 'String',
          sales_count_in_cycle: 'Number',
          booking_succ_rate_str: 'String',
          closed_count_in_cycle: 'Number',
          no_ord_cnt_in_cycle: 'Number',
          name: 'String',
          report_date: 'Date',
          no_room_cnt_in_cycle: 'Number',
          outer_id: 'String',
        },
      ],
    },
    error_msg: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.data.service.hotel.serviceindex`: method, response root, request and response schemas. */
export const taobaoXhotelDataServiceHotelServiceindexOperation = {
  method: 'taobao.xhotel.data.service.hotel.serviceindex',
  responseRoot: 'xhotel_data_service_hotel_serviceindex_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店服务指数 — calls TOP method `taobao.xhotel.data.service.hotel.serviceindex`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelDataServiceHotelServiceindex(
  client: TopClient,
  request: TaobaoXhotelDataServiceHotelServiceindexRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelDataServiceHotelServiceindexResponse> {
  return client.call<TaobaoXhotelDataServiceHotelServiceindexResponse>(
    {
      method: 'taobao.xhotel.data.service.hotel.serviceindex',
      responseRoot: 'xhotel_data_service_hotel_serviceindex_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
