// Generated from specs/jst/taobao.oc.trades.bytag.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.oc.trades.bytag.get` (标签查询订单). */
export interface TaobaoOcTradesBytagGetRequest {
  /** 当前页 */
  page?: Int64Input;
  /** 分页大小 */
  page_size?: Int64Input;
  /** 标签名称 */
  tag_name: string;
  /** 标签类型，1官方，2自定义 */
  tag_type: Int64Input;
}

/** Response of `taobao.oc.trades.bytag.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOcTradesBytagGetResponse {
  /** 打了该标签的订单编号列表 */
  tids?: Int64[];
  /** 总数 */
  totals?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  page: 'Number',
  page_size: 'Number',
  tag_name: 'String',
  tag_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tids: ['Number'],
  totals: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.oc.trades.bytag.get`: method, response root, request and response schemas. */
export const taobaoOcTradesBytagGetOperation = {
  method: 'taobao.oc.trades.bytag.get',
  responseRoot: 'oc_trades_bytag_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 标签查询订单 — calls TOP method `taobao.oc.trades.bytag.get`.
 *
 * 根据标签查询订单编号
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOcTradesBytagGet(
  client: TopClient,
  request: TaobaoOcTradesBytagGetRequest,
  options?: CallOptions,
): Promise<TaobaoOcTradesBytagGetResponse> {
  return client.call<TaobaoOcTradesBytagGetResponse>(
    {
      method: 'taobao.oc.trades.bytag.get',
      responseRoot: 'oc_trades_bytag_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
