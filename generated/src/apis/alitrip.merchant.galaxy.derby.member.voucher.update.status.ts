// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.derby.member.voucher.update.status.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.derby.member.voucher.update.status` (前端订单支付成功回调-修改订单状态). */
export interface AlitripMerchantGalaxyDerbyMemberVoucherUpdateStatusRequest {
  /** 租户id */
  tenant_key?: string;
  /** 用户token */
  token?: string;
  /** 订单ID */
  order_id: string;
}

/** Response of `alitrip.merchant.galaxy.derby.member.voucher.update.status`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherUpdateStatusResponse {
  /** 返回结果 */
  result?: AlitripMerchantGalaxyDerbyMemberVoucherUpdateStatusResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.derby.member.voucher.update.status`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherUpdateStatusResponse2 {
  /** 成功/失败 */
  success?: boolean;
  /** 代码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.derby.member.voucher.update.status`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyDerbyMemberVoucherUpdateStatusOperation = {
  method: 'alitrip.merchant.galaxy.derby.member.voucher.update.status',
  responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_update_status_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 前端订单支付成功回调-修改订单状态 — calls TOP method `alitrip.merchant.galaxy.derby.member.voucher.update.status`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyDerbyMemberVoucherUpdateStatus(
  client: TopClient,
  request: AlitripMerchantGalaxyDerbyMemberVoucherUpdateStatusRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyDerbyMemberVoucherUpdateStatusResponse> {
  return client.call<AlitripMerchantGalaxyDerbyMemberVoucherUpdateStatusResponse>(
    {
      method: 'alitrip.merchant.galaxy.derby.member.voucher.update.status',
      responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_update_status_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
