// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.derby.member.generate.seller.qrcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.derby.member.generate.seller.qrcode` (生成臻享卡德比分销二维码). */
export interface AlitripMerchantGalaxyDerbyMemberGenerateSellerQrcodeRequest {
  /** tenant_key */
  tenant_key: string;
  /** token */
  token?: string;
  /** 用户code */
  code: string;
}

/** Response of `alitrip.merchant.galaxy.derby.member.generate.seller.qrcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyDerbyMemberGenerateSellerQrcodeResponse {
  /** 结果 */
  result?: AlitripMerchantGalaxyDerbyMemberGenerateSellerQrcodeResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.derby.member.generate.seller.qrcode`. */
export interface AlitripMerchantGalaxyDerbyMemberGenerateSellerQrcodeResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 返回实体内容 */
  content?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    content: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.derby.member.generate.seller.qrcode`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyDerbyMemberGenerateSellerQrcodeOperation = {
  method: 'alitrip.merchant.galaxy.derby.member.generate.seller.qrcode',
  responseRoot: 'alitrip_merchant_galaxy_derby_member_generate_seller_qrcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 生成臻享卡德比分销二维码 — calls TOP method `alitrip.merchant.galaxy.derby.member.generate.seller.qrcode`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyDerbyMemberGenerateSellerQrcode(
  client: TopClient,
  request: AlitripMerchantGalaxyDerbyMemberGenerateSellerQrcodeRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyDerbyMemberGenerateSellerQrcodeResponse> {
  return client.call<AlitripMerchantGalaxyDerbyMemberGenerateSellerQrcodeResponse>(
    {
      method: 'alitrip.merchant.galaxy.derby.member.generate.seller.qrcode',
      responseRoot: 'alitrip_merchant_galaxy_derby_member_generate_seller_qrcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
