// Generated from specs/paimai/taobao.auction.zc.merchant.user.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.auction.zc.merchant.user.check` (通过手机号确认阿里资产商家). */
export interface TaobaoAuctionZcMerchantUserCheckRequest {
  /** 手机号 */
  mobile: string;
}

/** Response of `taobao.auction.zc.merchant.user.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAuctionZcMerchantUserCheckResponse {
  /** 服务返回结果 */
  result?: TaobaoAuctionZcMerchantUserCheckResult4Top;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result4Top` of `taobao.auction.zc.merchant.user.check`. */
export interface TaobaoAuctionZcMerchantUserCheckResult4Top {
  /** 错误码 */
  error_code?: string;
  /** 处理结果 */
  value?: boolean;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  mobile: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    value: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.auction.zc.merchant.user.check`: method, response root, request and response schemas. */
export const taobaoAuctionZcMerchantUserCheckOperation = {
  method: 'taobao.auction.zc.merchant.user.check',
  responseRoot: 'auction_zc_merchant_user_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过手机号确认阿里资产商家 — calls TOP method `taobao.auction.zc.merchant.user.check`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAuctionZcMerchantUserCheck(
  client: TopClient,
  request: TaobaoAuctionZcMerchantUserCheckRequest,
  options?: CallOptions,
): Promise<TaobaoAuctionZcMerchantUserCheckResponse> {
  return client.call<TaobaoAuctionZcMerchantUserCheckResponse>(
    {
      method: 'taobao.auction.zc.merchant.user.check',
      responseRoot: 'auction_zc_merchant_user_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
