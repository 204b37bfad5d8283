// Generated from specs/xhotelitem/taobao.xhotel.increment.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.increment.info.get` (酒店状态增量查询接口). */
export interface TaobaoXhotelIncrementInfoGetRequest {
  /**
   * 分页参数：当前页数，从1开始计数。
   * 默认值：1
   */
  current_page?: Int64Input;
  /** 分页参数：每页酒店数量。最小值1，最大值为1000。默认值：1000 */
  page_size?: Int64Input;
  /** 更新时间 */
  gmt_modified: DateInput;
  /** 变化类别，1为酒店价格，0为酒店 */
  change_type: Int64Input;
}

/** Response of `taobao.xhotel.increment.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelIncrementInfoGetResponse {
  /** 酒店总数 */
  total_results?: Int64;
  /** 酒店列表 */
  hotels?: TaobaoXhotelIncrementInfoGetSHotel[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SHotel` of `taobao.xhotel.increment.info.get`. */
export interface TaobaoXhotelIncrementInfoGetSHotel {
  /** 酒店ID */
  shid?: Int64;
  /** 城市编码 */
  city?: Int64;
  /** 修改时间 */
  modified_time?: string;
}

const REQUEST_SCHEMA = {
  current_page: 'Number',
  page_size: 'Number',
  gmt_modified: 'Date',
  change_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  hotels: [
    {
      shid: 'Number',
      city: 'Number',
      modified_time: 'Date',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.increment.info.get`: method, response root, request and response schemas. */
export const taobaoXhotelIncrementInfoGetOperation = {
  method: 'taobao.xhotel.increment.info.get',
  responseRoot: 'xhotel_increment_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店状态增量查询接口 — calls TOP method `taobao.xhotel.increment.info.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelIncrementInfoGet(
  client: TopClient,
  request: TaobaoXhotelIncrementInfoGetRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelIncrementInfoGetResponse> {
  return client.call<TaobaoXhotelIncrementInfoGetResponse>(
    {
      method: 'taobao.xhotel.increment.info.get',
      responseRoot: 'xhotel_increment_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
