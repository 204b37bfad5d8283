// Generated from specs/paimai/taobao.paimai.nft.orderinfo.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.paimai.nft.orderinfo.query` (查询订单类型). */
export interface TaobaoPaimaiNftOrderinfoQueryRequest {
  /** 入参 */
  nft_trade_order_req_dto?: TaobaoPaimaiNftOrderinfoQueryNftTradeOrderReqDTOInput;
}

/** Response of `taobao.paimai.nft.orderinfo.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPaimaiNftOrderinfoQueryResponse {
  /** 是否成功 */
  result?: boolean;
  /** 错误码 */
  fail_code?: string;
  /** 订单信息 */
  order_info_list?: TaobaoPaimaiNftOrderinfoQueryNftTradeOrderDTO[];
  /** 错误信息 */
  fail_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NftTradeOrderReqDTO` of `taobao.paimai.nft.orderinfo.query`. */
export interface TaobaoPaimaiNftOrderinfoQueryNftTradeOrderReqDTOInput {
  /** 订单ID多个用逗号分开 */
  order_ids?: string;
}

/** `NftTradeOrderDTO` of `taobao.paimai.nft.orderinfo.query`. */
export interface TaobaoPaimaiNftOrderinfoQueryNftTradeOrderDTO {
  /** 订单类型 */
  order_type?: string;
  /** 订单号 */
  order_id?: string;
}

const REQUEST_SCHEMA = {
  nft_trade_order_req_dto: {
    order_ids: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  fail_code: 'String',
  order_info_list: [
    {
      order_type: 'String',
      order_id: 'String',
    },
  ],
  fail_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.paimai.nft.orderinfo.query`: method, response root, request and response schemas. */
export const taobaoPaimaiNftOrderinfoQueryOperation = {
  method: 'taobao.paimai.nft.orderinfo.query',
  responseRoot: 'paimai_nft_orderinfo_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询订单类型 — calls TOP method `taobao.paimai.nft.orderinfo.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPaimaiNftOrderinfoQuery(
  client: TopClient,
  request: TaobaoPaimaiNftOrderinfoQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoPaimaiNftOrderinfoQueryResponse> {
  return client.call<TaobaoPaimaiNftOrderinfoQueryResponse>(
    {
      method: 'taobao.paimai.nft.orderinfo.query',
      responseRoot: 'paimai_nft_orderinfo_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
