// Generated from specs/util/aliexpress.social.locale.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.social.locale.get` (Locale获取接口). */
export interface AliexpressSocialLocaleGetRequest {}

/** Response of `aliexpress.social.locale.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSocialLocaleGetResponse {
  /** 包类型 */
  result?: AliexpressSocialLocaleGetItemPickPagingResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPickPagingResult` of `aliexpress.social.locale.get`. */
export interface AliexpressSocialLocaleGetItemPickPagingResult {
  /** 结果封装 */
  results?: AliexpressSocialLocaleGetLocaleDto[];
  /** 页码 */
  page_no?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 每页数据条数 */
  page_size?: Int64;
  /** 错误码 */
  error_code?: string;
  /** 总记录条数 */
  total_count?: Int64;
  /** 错误信息 */
  error_msg?: string;
}

/** `LocaleDto` of `aliexpress.social.locale.get`. */
export interface AliexpressSocialLocaleGetLocaleDto {
  /** Locale编码 */
  code?: string;
  /** Locale名称 */
  name?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: [
      {
        code: 'String',
        name: 'String',
      },
    ],
    page_no: 'Number',
    success: 'Boolean',
    page_size: 'Number',
    error_code: 'String',
    total_count: 'Number',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.social.locale.get`: method, response root, request and response schemas. */
export const aliexpressSocialLocaleGetOperation = {
  method: 'aliexpress.social.locale.get',
  responseRoot: 'aliexpress_social_locale_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * Locale获取接口 — calls TOP method `aliexpress.social.locale.get`.
 *
 * 新增Locale获取接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSocialLocaleGet(
  client: TopClient,
  request: AliexpressSocialLocaleGetRequest = {},
  options?: CallOptions,
): Promise<AliexpressSocialLocaleGetResponse> {
  return client.call<AliexpressSocialLocaleGetResponse>(
    {
      method: 'aliexpress.social.locale.get',
      responseRoot: 'aliexpress_social_locale_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
