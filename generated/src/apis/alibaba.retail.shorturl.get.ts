// Generated from specs/util/alibaba.retail.shorturl.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.shorturl.get` (短链接获取). */
export interface AlibabaRetailShorturlGetRequest {
  /** 源url */
  source_url: string;
  /** 系统自动生成 */
  options?: AlibabaRetailShorturlGetShortUrlOptionInput;
}

/** Response of `alibaba.retail.shorturl.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailShorturlGetResponse {
  /** result */
  result?: AlibabaRetailShorturlGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ShortUrlOption` of `alibaba.retail.shorturl.get`. */
export interface AlibabaRetailShorturlGetShortUrlOptionInput {
  /** bizName */
  biz_name?: string;
}

/** `Result` of `alibaba.retail.shorturl.get`. */
export interface AlibabaRetailShorturlGetResult {
  /** module */
  module?: AlibabaRetailShorturlGetShortUrlDto;
  /** errorInfos */
  error_infos?: AlibabaRetailShorturlGetErrorInfo[];
  /** success */
  success?: boolean;
}

/** `ShortUrlDto` of `alibaba.retail.shorturl.get`. */
export interface AlibabaRetailShorturlGetShortUrlDto {
  /** shortUrl */
  short_url?: string;
}

/** `ErrorInfo` of `alibaba.retail.shorturl.get`. */
export interface AlibabaRetailShorturlGetErrorInfo {
  /** errorCode */
  error_code?: string;
  /** subErrorCode */
  sub_error_code?: string;
  /** errorMessage */
  error_message?: string;
}

const REQUEST_SCHEMA = {
  source_url: 'String',
  options: {
    biz_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      short_url: 'String',
    },
    error_infos: [
      {
        error_code: 'String',
        sub_error_code: 'String',
        error_message: 'String',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.shorturl.get`: method, response root, request and response schemas. */
export const alibabaRetailShorturlGetOperation = {
  method: 'alibaba.retail.shorturl.get',
  responseRoot: 'alibaba_retail_shorturl_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 短链接获取 — calls TOP method `alibaba.retail.shorturl.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailShorturlGet(
  client: TopClient,
  request: AlibabaRetailShorturlGetRequest,
  options?: CallOptions,
): Promise<AlibabaRetailShorturlGetResponse> {
  return client.call<AlibabaRetailShorturlGetResponse>(
    {
      method: 'alibaba.retail.shorturl.get',
      responseRoot: 'alibaba_retail_shorturl_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
