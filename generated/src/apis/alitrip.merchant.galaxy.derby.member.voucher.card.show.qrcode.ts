// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.derby.member.voucher.card.show.qrcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.derby.member.voucher.card.show.qrcode` (会员权益卡身份识别二维码图片). */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardShowQrcodeRequest {
  /** 123 */
  tenant_key: string;
  /** 100 */
  token: string;
  /** 卡号 */
  card_number: string;
  /** 权益卡号 */
  member_voucher_card_i_d: string;
}

/** Response of `alitrip.merchant.galaxy.derby.member.voucher.card.show.qrcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardShowQrcodeResponse {
  /** response */
  result?: AlitripMerchantGalaxyDerbyMemberVoucherCardShowQrcodeResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.derby.member.voucher.card.show.qrcode`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardShowQrcodeResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 1com.fliggy.merchant.unicorn.api.derbyVoucherCard.vo.DerbyVoucherIdentityQrcodeVO */
  content?: AlitripMerchantGalaxyDerbyMemberVoucherCardShowQrcodeDerbyVoucherIdentityQrcodeVO;
  /** 500 */
  error_msg?: string;
}

/** `DerbyVoucherIdentityQrcodeVO` of `alitrip.merchant.galaxy.derby.member.voucher.card.show.qrcode`. */
export interface AlitripMerchantGalaxyDerbyMemberVoucherCardShowQrcodeDerbyVoucherIdentityQrcodeVO {
  /** base64 */
  qrcode?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  card_number: 'String',
  member_voucher_card_i_d: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      qrcode: 'String',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.derby.member.voucher.card.show.qrcode`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyDerbyMemberVoucherCardShowQrcodeOperation = {
  method: 'alitrip.merchant.galaxy.derby.member.voucher.card.show.qrcode',
  responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_show_qrcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 会员权益卡身份识别二维码图片 — calls TOP method `alitrip.merchant.galaxy.derby.member.voucher.card.show.qrcode`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyDerbyMemberVoucherCardShowQrcode(
  client: TopClient,
  request: AlitripMerchantGalaxyDerbyMemberVoucherCardShowQrcodeRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyDerbyMemberVoucherCardShowQrcodeResponse> {
  return client.call<AlitripMerchantGalaxyDerbyMemberVoucherCardShowQrcodeResponse>(
    {
      method: 'alitrip.merchant.galaxy.derby.member.voucher.card.show.qrcode',
      responseRoot: 'alitrip_merchant_galaxy_derby_member_voucher_card_show_qrcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
