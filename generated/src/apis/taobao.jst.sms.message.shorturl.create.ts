// Generated from specs/jst/taobao.jst.sms.message.shorturl.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.sms.message.shorturl.create` (聚石塔营销效果短链生成). */
export interface TaobaoJstSmsMessageShorturlCreateRequest {
  /** 是否需要https前缀： true-要 false-不要 */
  need_https_prefix?: boolean;
  /** 人群标签 */
  tag: string;
  /** 商品或者店铺的H5地址，只支持长链 */
  url: string;
  /** 批次号 */
  batch_number: string;
}

/** Response of `taobao.jst.sms.message.shorturl.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstSmsMessageShorturlCreateResponse {
  /** 成功 */
  r_code?: string;
  /** 成功 */
  r_success?: boolean;
  /** 请求ID */
  r_request_id?: string;
  /** 短链值(短链的有效期为2个月) */
  module?: string;
  /** 请求失败时的错误信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  need_https_prefix: 'Boolean',
  tag: 'String',
  url: 'String',
  batch_number: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  r_code: 'String',
  r_success: 'Boolean',
  r_request_id: 'String',
  module: 'String',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.sms.message.shorturl.create`: method, response root, request and response schemas. */
export const taobaoJstSmsMessageShorturlCreateOperation = {
  method: 'taobao.jst.sms.message.shorturl.create',
  responseRoot: 'jst_sms_message_shorturl_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 聚石塔营销效果短链生成 — calls TOP method `taobao.jst.sms.message.shorturl.create`.
 *
 * 聚石塔生成淘短链接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstSmsMessageShorturlCreate(
  client: TopClient,
  request: TaobaoJstSmsMessageShorturlCreateRequest,
  options?: CallOptions,
): Promise<TaobaoJstSmsMessageShorturlCreateResponse> {
  return client.call<TaobaoJstSmsMessageShorturlCreateResponse>(
    {
      method: 'taobao.jst.sms.message.shorturl.create',
      responseRoot: 'jst_sms_message_shorturl_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
