// Generated from specs/axintrade/taobao.alitrip.travel.axin.hotelticket.product.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.axin.hotelticket.product.list` (阿信酒景套餐产品列表查询). */
export interface TaobaoAlitripTravelAxinHotelticketProductListRequest {
  /** 分销商id */
  distributor_tid: Int64Input;
  /** 当前页数 */
  page_no: Int64Input;
  /** 分页大小 */
  page_size: Int64Input;
}

/** Response of `taobao.alitrip.travel.axin.hotelticket.product.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelAxinHotelticketProductListResponse {
  /** 返回参数 */
  result?: TaobaoAlitripTravelAxinHotelticketProductListBaseResultApiDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResultApiDTO` of `taobao.alitrip.travel.axin.hotelticket.product.list`. */
export interface TaobaoAlitripTravelAxinHotelticketProductListBaseResultApiDTO {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 酒景套餐产品列表查询结果 */
  data?: TaobaoAlitripTravelAxinHotelticketProductListPackageApiResDTO;
}

/** `PackageApiResDTO` of `taobao.alitrip.travel.axin.hotelticket.product.list`. */
export interface TaobaoAlitripTravelAxinHotelticketProductListPackageApiResDTO {
  /** 产品id列表 */
  product_ids?: Int64[];
  /** 总条数 */
  total_count?: Int64;
  /** 当前页数 */
  page_no?: Int64;
  /** 分页大小 */
  page_size?: Int64;
}

const REQUEST_SCHEMA = {
  distributor_tid: 'Number',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    data: {
      product_ids: ['Number'],
      total_count: 'Number',
      page_no: 'Number',
      page_size: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.axin.hotelticket.product.list`: method, response root, request and response schemas. */
export const taobaoAlitripTravelAxinHotelticketProductListOperation = {
  method: 'taobao.alitrip.travel.axin.hotelticket.product.list',
  responseRoot: 'alitrip_travel_axin_hotelticket_product_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿信酒景套餐产品列表查询 — calls TOP method `taobao.alitrip.travel.axin.hotelticket.product.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelAxinHotelticketProductList(
  client: TopClient,
  request: TaobaoAlitripTravelAxinHotelticketProductListRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelAxinHotelticketProductListResponse> {
  return client.call<TaobaoAlitripTravelAxinHotelticketProductListResponse>(
    {
      method: 'taobao.alitrip.travel.axin.hotelticket.product.list',
      responseRoot: 'alitrip_travel_axin_hotelticket_product_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
