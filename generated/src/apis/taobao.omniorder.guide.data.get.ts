// Generated from specs/omniorder/taobao.omniorder.guide.data.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniorder.guide.data.get` (获取全渠道导购产品数据). */
export interface TaobaoOmniorderGuideDataGetRequest {
  /** detail_smg_scan: 扫码购扫码明细;detail_smg_cart: 扫码购加购明细;detail_smg_order: 扫码购订单明细;detail_sxg_search: 随心购搜索明细;detail_sxg_view_item: 随心购商品浏览明细;detail_sxg_cart: 随心购加购明细;detail_sxg_order: 随心购订单明细 */
  type: string;
  /** 拉取数据开始时间 */
  start_time: DateInput;
  /** 页码，从1开始 */
  page_no: Int64Input;
  /** 每页数量，不能大于1000 */
  page_size: Int64Input;
}

/** Response of `taobao.omniorder.guide.data.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniorderGuideDataGetResponse {
  /** 拉取的数据数组，如果为空，表示数据拉取完毕。拉取的数据字段包括打点时间、商家id、商品id和门店id等，传入的类型不同，返回的字段有所不同，可以根据具体类型的返回结果具体处理 */
  data_list?: (string | Record<string, unknown>)[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  type: 'String',
  start_time: 'Date',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data_list: ['Json'],
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniorder.guide.data.get`: method, response root, request and response schemas. */
export const taobaoOmniorderGuideDataGetOperation = {
  method: 'taobao.omniorder.guide.data.get',
  responseRoot: 'omniorder_guide_data_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取全渠道导购产品数据 — calls TOP method `taobao.omniorder.guide.data.get`.
 *
 * 获取全渠道导购产品，目前包括随心购、随身购扫码、加购和交易数据。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniorderGuideDataGet(
  client: TopClient,
  request: TaobaoOmniorderGuideDataGetRequest,
  options?: CallOptions,
): Promise<TaobaoOmniorderGuideDataGetResponse> {
  return client.call<TaobaoOmniorderGuideDataGetResponse>(
    {
      method: 'taobao.omniorder.guide.data.get',
      responseRoot: 'omniorder_guide_data_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
