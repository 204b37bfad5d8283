// Generated from specs/jst/taobao.jst.sms.message.shorturl.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.sms.message.shorturl.query` (聚石塔短链信息查询). */
export interface TaobaoJstSmsMessageShorturlQueryRequest {
  /** 短链名，即域名后的字符串 */
  short_name: string;
}

/** Response of `taobao.jst.sms.message.shorturl.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstSmsMessageShorturlQueryResponse {
  /** 请求成功 */
  r_code?: string;
  /** 成功 */
  r_success?: boolean;
  /** TOP请求ID */
  request_id?: string;
  /** 短链名 */
  short_name?: string;
  /** 短链失效时间 */
  life_end?: string;
  /** 短链生成时间 */
  life_start?: string;
  /** 查询短链信息失败 */
  message?: string;
}

const REQUEST_SCHEMA = {
  short_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  r_code: 'String',
  r_success: 'Boolean',
  request_id: 'String',
  short_name: 'String',
  life_end: 'String',
  life_start: 'String',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.sms.message.shorturl.query`: method, response root, request and response schemas. */
export const taobaoJstSmsMessageShorturlQueryOperation = {
  method: 'taobao.jst.sms.message.shorturl.query',
  responseRoot: 'jst_sms_message_shorturl_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚石塔短链信息查询 — calls TOP method `taobao.jst.sms.message.shorturl.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstSmsMessageShorturlQuery(
  client: TopClient,
  request: TaobaoJstSmsMessageShorturlQueryRequest,
  options?: CallOptions,
): Promise<TaobaoJstSmsMessageShorturlQueryResponse> {
  return client.call<TaobaoJstSmsMessageShorturlQueryResponse>(
    {
      method: 'taobao.jst.sms.message.shorturl.query',
      responseRoot: 'jst_sms_message_shorturl_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
