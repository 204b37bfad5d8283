// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.member.popup.agreement.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.member.popup.agreement` (小程序唤起协议弹窗). */
export interface AlitripMerchantGalaxyMemberPopupAgreementRequest {
  /** 租户标识 */
  tenant_key?: string;
  /** 微信用户标识 */
  code?: string;
}

/** Response of `alitrip.merchant.galaxy.member.popup.agreement`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyMemberPopupAgreementResponse {
  /** 结果集 */
  result?: AlitripMerchantGalaxyMemberPopupAgreementResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.member.popup.agreement`. */
export interface AlitripMerchantGalaxyMemberPopupAgreementResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 用户是否唤起协议弹窗 */
  content?: AlitripMerchantGalaxyMemberPopupAgreementUserAgreementVO;
  /** 错误信息 */
  error_msg?: string;
}

/** `UserAgreementVO` of `alitrip.merchant.galaxy.member.popup.agreement`. */
export interface AlitripMerchantGalaxyMemberPopupAgreementUserAgreementVO {
  /** 隐私协议 */
  show_privacy_agreement?: boolean;
  /** 境外输出个人信息协议 */
  show_data_export_agreement?: boolean;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      show_privacy_agreement: 'Boolean',
      show_data_export_agreement: 'Boolean',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.member.popup.agreement`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyMemberPopupAgreementOperation = {
  method: 'alitrip.merchant.galaxy.member.popup.agreement',
  responseRoot: 'alitrip_merchant_galaxy_member_popup_agreement_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 小程序唤起协议弹窗 — calls TOP method `alitrip.merchant.galaxy.member.popup.agreement`.
 *
 * 用户进入小程序后，根据用户是否授权协议，判断是否唤起协议弹窗
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyMemberPopupAgreement(
  client: TopClient,
  request: AlitripMerchantGalaxyMemberPopupAgreementRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyMemberPopupAgreementResponse> {
  return client.call<AlitripMerchantGalaxyMemberPopupAgreementResponse>(
    {
      method: 'alitrip.merchant.galaxy.member.popup.agreement',
      responseRoot: 'alitrip_merchant_galaxy_member_popup_agreement_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
