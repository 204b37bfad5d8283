// Generated from specs/axindata/taobao.alitrip.travel.axin.hotel.shid.list.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.hotel.shid.list.query` (阿信酒店分销-标准酒店id列表查询). */
export interface TaobaoAlitripTravelAxinHotelShidListQueryRequest {
  /** 资源渠道 */
  resource_channel: string;
  /** 页码 */
  page_no: Int64Input;
  /** 页大小 */
  page_size: Int64Input;
  /** 分销商id */
  distributor_tid: Int64Input;
}

/** Response of `taobao.alitrip.travel.axin.hotel.shid.list.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinHotelShidListQueryResponse {
  /** 应答模型 */
  result?: TaobaoAlitripTravelAxinHotelShidListQueryBaseResultApiDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResultApiDTO` of `taobao.alitrip.travel.axin.hotel.shid.list.query`. */
export interface TaobaoAlitripTravelAxinHotelShidListQueryBaseResultApiDTO {
  /** 数据模型 */
  data?: TaobaoAlitripTravelAxinHotelShidListQueryPageDTO;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `PageDTO` of `taobao.alitrip.travel.axin.hotel.shid.list.query`. */
export interface TaobaoAlitripTravelAxinHotelShidListQueryPageDTO {
  /** 标准酒店id列表 */
  data_list?: Int64[];
  /** 记录数 */
  count?: Int64;
  /** 页码 */
  page_no?: Int64;
  /** 页大小 */
  page_size?: Int64;
}

const REQUEST_SCHEMA = {
  resource_channel: 'String',
  page_no: 'Number',
  page_size: 'Number',
  distributor_tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      data_list: ['Number'],
      count: 'Number',
      page_no: 'Number',
      page_size: 'Number',
    },
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.hotel.shid.list.query`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinHotelShidListQueryOperation = {
  method: 'taobao.alitrip.travel.axin.hotel.shid.list.query',
  responseRoot: 'alitrip_travel_axin_hotel_shid_list_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿信酒店分销-标准酒店id列表查询 — calls TOP method `taobao.alitrip.travel.axin.hotel.shid.list.query`.
 *
 * 标准酒店id列表查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinHotelShidListQuery(
  client: TopClient,
  request: TaobaoAlitripTravelAxinHotelShidListQueryRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinHotelShidListQueryResponse> {
  return client.call<TaobaoAlitripTravelAxinHotelShidListQueryResponse>(
    {
      method: 'taobao.alitrip.travel.axin.hotel.shid.list.query',
      responseRoot: 'alitrip_travel_axin_hotel_shid_list_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
