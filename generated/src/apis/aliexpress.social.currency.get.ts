// Generated from specs/util/aliexpress.social.currency.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.social.currency.get` (币种获取接口). */
export interface AliexpressSocialCurrencyGetRequest {}

/** Response of `aliexpress.social.currency.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSocialCurrencyGetResponse {
  /** 包类型 */
  result?: AliexpressSocialCurrencyGetItemPickPagingResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPickPagingResult` of `aliexpress.social.currency.get`. */
export interface AliexpressSocialCurrencyGetItemPickPagingResult {
  /** 结果封装 */
  results?: AliexpressSocialCurrencyGetCurrencyDto[];
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `CurrencyDto` of `aliexpress.social.currency.get`. */
export interface AliexpressSocialCurrencyGetCurrencyDto {
  /** 货币编码 */
  code?: string;
  /** 货币显示标示 */
  symbol?: string;
  /** 货币名称 */
  name?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: [
      {
        code: 'String',
        symbol: 'String',
        name: 'String',
      },
    ],
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.social.currency.get`: method, response root, request and response schemas. */
export const aliexpressSocialCurrencyGetOperation = {
  method: 'aliexpress.social.currency.get',
  responseRoot: 'aliexpress_social_currency_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 币种获取接口 — calls TOP method `aliexpress.social.currency.get`.
 *
 * 获取目前AE社交支持的币种
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSocialCurrencyGet(
  client: TopClient,
  request: AliexpressSocialCurrencyGetRequest = {},
  options?: CallOptions,
): Promise<AliexpressSocialCurrencyGetResponse> {
  return client.call<AliexpressSocialCurrencyGetResponse>(
    {
      method: 'aliexpress.social.currency.get',
      responseRoot: 'aliexpress_social_currency_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
