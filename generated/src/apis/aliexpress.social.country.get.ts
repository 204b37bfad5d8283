// Generated from specs/util/aliexpress.social.country.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.social.country.get` (获取国家列表). */
export interface AliexpressSocialCountryGetRequest {
  /** 语言 */
  language?: string;
}

/** Response of `aliexpress.social.country.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSocialCountryGetResponse {
  /** ItemPickPagingResult */
  result?: AliexpressSocialCountryGetItemPickPagingResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPickPagingResult` of `aliexpress.social.country.get`. */
export interface AliexpressSocialCountryGetItemPickPagingResult {
  /** 返回数据集合 */
  results?: AliexpressSocialCountryGetCountryDto[];
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `CountryDto` of `aliexpress.social.country.get`. */
export interface AliexpressSocialCountryGetCountryDto {
  /** 国家ID */
  id?: string;
  /** 国家名称 */
  name?: string;
  /** 国家CODE */
  code?: string;
}

const REQUEST_SCHEMA = {
  language: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: [
      {
        id: 'String',
        name: 'String',
        code: 'String',
      },
    ],
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.social.country.get`: method, response root, request and response schemas. */
export const aliexpressSocialCountryGetOperation = {
  method: 'aliexpress.social.country.get',
  responseRoot: 'aliexpress_social_country_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取国家列表 — calls TOP method `aliexpress.social.country.get`.
 *
 * 获取目前AE支持的国家列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSocialCountryGet(
  client: TopClient,
  request: AliexpressSocialCountryGetRequest = {},
  options?: CallOptions,
): Promise<AliexpressSocialCountryGetResponse> {
  return client.call<AliexpressSocialCountryGetResponse>(
    {
      method: 'aliexpress.social.country.get',
      responseRoot: 'aliexpress_social_country_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
