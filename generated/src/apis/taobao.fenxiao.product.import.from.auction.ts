// Generated from specs/fenxiao/taobao.fenxiao.product.import.from.auction.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.product.import.from.auction` (导入商品生成产品). */
export interface TaobaoFenxiaoProductImportFromAuctionRequest {
  /** 导入产品需要支持的交易类型：[1 代销][ 2 经销 ][3 代销和经销] */
  trade_type: Int64Input;
  /** 店铺宝贝id */
  auction_id: Int64Input;
  /** 产品线id */
  product_line_id: Int64Input;
}

/** Response of `taobao.fenxiao.product.import.from.auction`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoProductImportFromAuctionResponse {
  /** 生成的产品id */
  pid?: Int64;
  /** 操作时间 */
  opt_time?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  trade_type: 'Number',
  auction_id: 'Number',
  product_line_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  pid: 'Number',
  opt_time: 'Date',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.product.import.from.auction`: method, response root, request and response schemas. */
export const taobaoFenxiaoProductImportFromAuctionOperation = {
  method: 'taobao.fenxiao.product.import.from.auction',
  responseRoot: 'fenxiao_product_import_from_auction_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 导入商品生成产品 — calls TOP method `taobao.fenxiao.product.import.from.auction`.
 *
 * 供应商选择关联店铺的前台宝贝，导入生成产品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoProductImportFromAuction(
  client: TopClient,
  request: TaobaoFenxiaoProductImportFromAuctionRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoProductImportFromAuctionResponse> {
  return client.call<TaobaoFenxiaoProductImportFromAuctionResponse>(
    {
      method: 'taobao.fenxiao.product.import.from.auction',
      responseRoot: 'fenxiao_product_import_from_auction_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
