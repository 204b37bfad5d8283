// Generated from specs/aetools/aliexpress.affiliate.link.generate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.affiliate.link.generate` (联盟推广链接生成). */
export interface AliexpressAffiliateLinkGenerateRequest {
  /** API请求签名 */
  app_signature?: string;
  /** 转换的链接类型：0代表普通Link，1代表Search Link，2代表 hot link */
  promotion_link_type: Int64Input;
  /** 原始链接或者值 */
  source_values: string;
  /** 推广者原始trackingID */
  tracking_id: string;
}

/** Response of `aliexpress.affiliate.link.generate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressAffiliateLinkGenerateResponse {
  /** 返回结果 */
  resp_result?: AliexpressAffiliateLinkGenerateResponseDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResponseDto` of `aliexpress.affiliate.link.generate`. */
export interface AliexpressAffiliateLinkGenerateResponseDto {
  /** 返回结果状态码 */
  resp_code?: Int64;
  /** 返回结果状态描述 */
  resp_msg?: string;
  /** 返回结果明细信息 */
  result?: AliexpressAffiliateLinkGeneratePromotionLinkResultDto;
}

/** `PromotionLinkResultDto` of `aliexpress.affiliate.link.generate`. */
export interface AliexpressAffiliateLinkGeneratePromotionLinkResultDto {
  /** 推广链接列表 */
  promotion_links?: AliexpressAffiliateLinkGeneratePromotionLink[];
  /** 返回总量 */
  total_result_count?: Int64;
  /** 推广者TrackingId */
  tracking_id?: string;
}

/** `PromotionLink` of `aliexpress.affiliate.link.generate`. */
export interface AliexpressAffiliateLinkGeneratePromotionLink {
  /** 推广链接 */
  promotion_link?: string;
  /** 原始链接或者值 */
  source_value?: string;
}

const REQUEST_SCHEMA = {
  app_signature: 'String',
  promotion_link_type: 'Number',
  source_values: 'String',
  tracking_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_result: {
    resp_code: 'Number',
    resp_msg: 'String',
    result: {
      promotion_links: [
        {
          promotion_link: 'String',
          source_value: 'String',
        },
      ],
      total_result_count: 'Number',
      tracking_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.affiliate.link.generate`: method, response root, request and response schemas. */
export const aliexpressAffiliateLinkGenerateOperation = {
  method: 'aliexpress.affiliate.link.generate',
  responseRoot: 'aliexpress_affiliate_link_generate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 联盟推广链接生成 — calls TOP method `aliexpress.affiliate.link.generate`.
 *
 * AE联盟推广链接生成接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressAffiliateLinkGenerate(
  client: TopClient,
  request: AliexpressAffiliateLinkGenerateRequest,
  options?: CallOptions,
): Promise<AliexpressAffiliateLinkGenerateResponse> {
  return client.call<AliexpressAffiliateLinkGenerateResponse>(
    {
      method: 'aliexpress.affiliate.link.generate',
      responseRoot: 'aliexpress_affiliate_link_generate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
