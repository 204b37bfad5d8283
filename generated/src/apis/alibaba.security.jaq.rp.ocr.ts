// Generated from specs/security/alibaba.security.jaq.rp.ocr.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.security.jaq.rp.ocr` (聚安全实人认证证件OCR识别功能接口). */
export interface AlibabaSecurityJaqRpOcrRequest {
  /** token */
  verify_token: string;
  /** 要识别的信息 */
  image_urls: string | Record<string, unknown>;
}

/** Response of `alibaba.security.jaq.rp.ocr`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSecurityJaqRpOcrResponse {
  /** 结果信息 */
  data?: AlibabaSecurityJaqRpOcrRpidCardBo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RpidCardBo` of `alibaba.security.jaq.rp.ocr`. */
export interface AlibabaSecurityJaqRpOcrRpidCardBo {
  /** 类型 */
  card_type?: string;
  /** 身份证背面照的URL地址 */
  url_back_image?: string;
  /** 身份证正面照的URL地址 */
  url_front_image?: string;
  /** 身份证上生日 */
  birth_day?: string;
  /** 身份证住址 */
  address?: string;
  /** 性别 */
  sex?: AlibabaSecurityJaqRpOcrRpSex;
  /** 身份证上的名字 */
  name?: string;
  /** 公民身份证号码 */
  code?: string;
  /** RPIDCardImage */
  r_p_i_d_card_image?: AlibabaSecurityJaqRpOcrRpidCardImage;
}

/** `RpSex` of `alibaba.security.jaq.rp.ocr`. */
export interface AlibabaSecurityJaqRpOcrRpSex {
  /** 性别 */
  type?: Int64;
}

/** `RpidCardImage` of `alibaba.security.jaq.rp.ocr`. */
export interface AlibabaSecurityJaqRpOcrRpidCardImage {
  /** backImageUrl */
  back_image_url?: string;
  /** cardType */
  card_type?: string;
  /** frontImageUrl */
  front_image_url?: string;
}

const REQUEST_SCHEMA = {
  verify_token: 'String',
  image_urls: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    card_type: 'String',
    url_back_image: 'String',
    url_front_image: 'String',
    birth_day: 'Date',
    address: 'String',
    sex: {
      type: 'Number',
    },
    name: 'String',
    code: 'String',
    r_p_i_d_card_image: {
      back_image_url: 'String',
      card_type: 'String',
      front_image_url: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.security.jaq.rp.ocr`: method, response root, request and response schemas. */
export const alibabaSecurityJaqRpOcrOperation = {
  method: 'alibaba.security.jaq.rp.ocr',
  responseRoot: 'alibaba_security_jaq_rp_ocr_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚安全实人认证证件OCR识别功能接口 — calls TOP method `alibaba.security.jaq.rp.ocr`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSecurityJaqRpOcr(
  client: TopClient,
  request: AlibabaSecurityJaqRpOcrRequest,
  options?: CallOptions,
): Promise<AlibabaSecurityJaqRpOcrResponse> {
  return client.call<AlibabaSecurityJaqRpOcrResponse>(
    {
      method: 'alibaba.security.jaq.rp.ocr',
      responseRoot: 'alibaba_security_jaq_rp_ocr_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
