// Generated from specs/security/alibaba.security.jaq.rp.ocr.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.rp.ocr.check` (ocr同时实名校验). */
export interface AlibabaSecurityJaqRpOcrCheckRequest {
  /** token */
  verify_token: string;
  /** 要识别的信息 */
  image_urls: string | Record<string, unknown>;
}

/** Response of `alibaba.security.jaq.rp.ocr.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqRpOcrCheckResponse {
  /** result */
  data?: AlibabaSecurityJaqRpOcrCheckRpidCard;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RpidCard` of `alibaba.security.jaq.rp.ocr.check`. */
export interface AlibabaSecurityJaqRpOcrCheckRpidCard {
  /** RPIDCardImage */
  rp_idcard_image?: AlibabaSecurityJaqRpOcrCheckRpidCardImage;
  /** address */
  address?: string;
  /** birthDay */
  birth_day?: string;
  /** bizErrorCode */
  biz_error_code?: AlibabaSecurityJaqRpOcrCheckRpErrorCode;
  /** cardType */
  card_type?: string;
  /** code */
  code?: string;
  /** expiry */
  expiry?: string;
  /** name */
  name?: string;
  /** sex */
  sex?: AlibabaSecurityJaqRpOcrCheckRpSex;
  /** urlBackImage */
  url_back_image?: string;
  /** urlFrontImage */
  url_front_image?: string;
}

/** `RpidCardImage` of `alibaba.security.jaq.rp.ocr.check`. */
export interface AlibabaSecurityJaqRpOcrCheckRpidCardImage {
  /** backImageUrl */
  back_image_url?: string;
  /** cardType */
  card_type?: string;
  /** frontImageUrl */
  front_image_url?: string;
}

/** `RpErrorCode` of `alibaba.security.jaq.rp.ocr.check`. */
export interface AlibabaSecurityJaqRpOcrCheckRpErrorCode {
  /** errorCode */
  error_code?: Int64;
  /** errorMsg */
  error_msg?: string;
  /** errorName */
  error_name?: string;
}

/** `RpSex` of `alibaba.security.jaq.rp.ocr.check`. */
export interface AlibabaSecurityJaqRpOcrCheckRpSex {
  /** type */
  type?: Int64;
}

const REQUEST_SCHEMA = {
  verify_token: 'String',
  image_urls: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    rp_idcard_image: {
      back_image_url: 'String',
      card_type: 'String',
      front_image_url: 'String',
    },
    address: 'String',
    birth_day: 'Date',
    biz_error_code: {
      error_code: 'Number',
      error_msg: 'String',
      error_name: 'String',
    },
    card_type: 'String',
    code: 'String',
    expiry: 'String',
    name: 'String',
    sex: {
      type: 'Number',
    },
    url_back_image: 'String',
    url_front_image: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.rp.ocr.check`: method, response root, request and response schemas. */
export const alibabaSecurityJaqRpOcrCheckOperation = {
  method: 'alibaba.security.jaq.rp.ocr.check',
  responseRoot: 'alibaba_security_jaq_rp_ocr_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ocr同时实名校验 — calls TOP method `alibaba.security.jaq.rp.ocr.check`.
 *
 * 聚安全实人认证证件OCR识别功能接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqRpOcrCheck(
  client: TopClient,
  request: AlibabaSecurityJaqRpOcrCheckRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqRpOcrCheckResponse> {
  return client.call<AlibabaSecurityJaqRpOcrCheckResponse>(
    {
      method: 'alibaba.security.jaq.rp.ocr.check',
      responseRoot: 'alibaba_security_jaq_rp_ocr_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
