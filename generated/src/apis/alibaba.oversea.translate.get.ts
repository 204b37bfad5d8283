// Generated from specs/oversea/alibaba.oversea.translate.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.oversea.translate.get` (获取文本翻译信息). */
export interface AlibabaOverseaTranslateGetRequest {
  /** 待翻译文本 */
  text: string;
  /** 源语种英文 */
  source_lang: string;
  /** 目标语种中文 */
  target_lang: string;
}

/** Response of `alibaba.oversea.translate.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaOverseaTranslateGetResponse {
  /** result */
  result?: AlibabaOverseaTranslateGetSimpleTransResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SimpleTransResult` of `alibaba.oversea.translate.get`. */
export interface AlibabaOverseaTranslateGetSimpleTransResult {
  /** translatedText */
  translated_text?: string;
  /** statusCode */
  status_code?: string;
}

const REQUEST_SCHEMA = {
  text: 'String',
  source_lang: 'String',
  target_lang: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    translated_text: 'String',
    status_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.oversea.translate.get`: method, response root, request and response schemas. */
export const alibabaOverseaTranslateGetOperation = {
  method: 'alibaba.oversea.translate.get',
  responseRoot: 'alibaba_oversea_translate_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取文本翻译信息 — calls TOP method `alibaba.oversea.translate.get`.
 *
 * 根据传入的文本信息，获取其目标语言的翻译结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaOverseaTranslateGet(
  client: TopClient,
  request: AlibabaOverseaTranslateGetRequest,
  options?: CallOptions,
): Promise<AlibabaOverseaTranslateGetResponse> {
  return client.call<AlibabaOverseaTranslateGetResponse>(
    {
      method: 'alibaba.oversea.translate.get',
      responseRoot: 'alibaba_oversea_translate_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
