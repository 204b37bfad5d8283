// Generated from specs/travel/taobao.alitrip.travel.item.shelve.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.item.shelve` (【API3.0】度假线路商品上下架接口). */
export interface TaobaoAlitripTravelItemShelveRequest {
  /** 商品id。itemId和outProductId至少填写一个 */
  item_id?: Int64Input;
  /** 1-上架 0-下架 */
  item_status: Int64Input;
  /** 指定定时上架时间，格式：yyyy-MM-dd HH:mm:ss。若不设置该值且item_status为1，则表示立即上架。 */
  online_time?: DateInput;
  /** 商品 外部商家编码。itemId和outProductId至少填写一个 */
  out_product_id?: string;
}

/** Response of `taobao.alitrip.travel.item.shelve`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelItemShelveResponse {
  /** 商品上下架操作是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  item_status: 'Number',
  online_time: 'Date',
  out_product_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.item.shelve`: method, response root, request and response schemas. */
export const taobaoAlitripTravelItemShelveOperation = {
  method: 'taobao.alitrip.travel.item.shelve',
  responseRoot: 'alitrip_travel_item_shelve_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【API3.0】度假线路商品上下架接口 — calls TOP method `taobao.alitrip.travel.item.shelve`.
 *
 * 旅行度假新商品发布接口 第三版：度假商品上下架接口
 * 注意：定时上下架功能，目前只支持接送、租车类目。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelItemShelve(
  client: TopClient,
  request: TaobaoAlitripTravelItemShelveRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelItemShelveResponse> {
  return client.call<TaobaoAlitripTravelItemShelveResponse>(
    {
      method: 'taobao.alitrip.travel.item.shelve',
      responseRoot: 'alitrip_travel_item_shelve_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
