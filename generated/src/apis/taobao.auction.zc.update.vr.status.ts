// Generated from specs/paimai/taobao.auction.zc.update.vr.status.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.auction.zc.update.vr.status` (如视VR更新活跃状态). */
export interface TaobaoAuctionZcUpdateVrStatusRequest {
  /** VR信息 */
  message: string;
}

/** Response of `taobao.auction.zc.update.vr.status`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAuctionZcUpdateVrStatusResponse {
  /** 服务返回结果 */
  result?: TaobaoAuctionZcUpdateVrStatusResult4Top;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result4Top` of `taobao.auction.zc.update.vr.status`. */
export interface TaobaoAuctionZcUpdateVrStatusResult4Top {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  message: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.auction.zc.update.vr.status`: method, response root, request and response schemas. */
export const taobaoAuctionZcUpdateVrStatusOperation = {
  method: 'taobao.auction.zc.update.vr.status',
  responseRoot: 'auction_zc_update_vr_status_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 如视VR更新活跃状态 — calls TOP method `taobao.auction.zc.update.vr.status`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAuctionZcUpdateVrStatus(
  client: TopClient,
  request: TaobaoAuctionZcUpdateVrStatusRequest,
  options?: CallOptions,
): Promise<TaobaoAuctionZcUpdateVrStatusResponse> {
  return client.call<TaobaoAuctionZcUpdateVrStatusResponse>(
    {
      method: 'taobao.auction.zc.update.vr.status',
      responseRoot: 'auction_zc_update_vr_status_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
