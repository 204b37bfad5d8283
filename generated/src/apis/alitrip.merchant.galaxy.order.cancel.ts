// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.order.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.order.cancel` (星河-取消预订). */
export interface AlitripMerchantGalaxyOrderCancelRequest {
  /** 租户标识 */
  tenant_key?: string;
  /** 用户登录标识 */
  token?: string;
  /** 订单编号 */
  order_id?: string;
  /** 退款原因 */
  reason?: string;
}

/** Response of `alitrip.merchant.galaxy.order.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyOrderCancelResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyOrderCancelResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.order.cancel`. */
export interface AlitripMerchantGalaxyOrderCancelResponse2 {
  /** 结果成功判断 */
  success?: boolean;
  /** 错误代码 */
  error_code?: string;
  /** 结果描述 */
  content?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  order_id: 'String',
  reason: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.order.cancel`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyOrderCancelOperation = {
  method: 'alitrip.merchant.galaxy.order.cancel',
  responseRoot: 'alitrip_merchant_galaxy_order_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-取消预订 — calls TOP method `alitrip.merchant.galaxy.order.cancel`.
 *
 * 雅高酒店用户使用该接口，取消酒店预订
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyOrderCancel(
  client: TopClient,
  request: AlitripMerchantGalaxyOrderCancelRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyOrderCancelResponse> {
  return client.call<AlitripMerchantGalaxyOrderCancelResponse>(
    {
      method: 'alitrip.merchant.galaxy.order.cancel',
      responseRoot: 'alitrip_merchant_galaxy_order_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
