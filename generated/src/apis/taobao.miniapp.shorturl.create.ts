// Generated from specs/miniappopen/taobao.miniapp.shorturl.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.shorturl.create` (生成淘宝小程序短链接). */
export interface TaobaoMiniappShorturlCreateRequest {
  /** 小程序链接地址。说明：链接地址，只允许https协议，域名只支持m.duanqu.com，链接必须包含_ariver_appid参数，链接不能够包含spm、short_name、app、tb_url_time_stamp这些系统保留参数 */
  miniapp_url: string;
}

/** Response of `taobao.miniapp.shorturl.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappShorturlCreateResponse {
  /** result */
  result?: TaobaoMiniappShorturlCreateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.miniapp.shorturl.create`. */
export interface TaobaoMiniappShorturlCreateResult {
  /** model */
  model?: TaobaoMiniappShorturlCreateMiniAppShortUrlDto;
}

/** `MiniAppShortUrlDto` of `taobao.miniapp.shorturl.create`. */
export interface TaobaoMiniappShorturlCreateMiniAppShortUrlDto {
  /** 短链接地址【特别注意：短链接有效期为30天，超过时效短链接将无法正常跳转到原始链接地址，请勿将短链接投放或装修到长期存在的入口】 */
  short_url?: string;
}

const REQUEST_SCHEMA = {
  miniapp_url: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      short_url: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.shorturl.create`: method, response root, request and response schemas. */
export const taobaoMiniappShorturlCreateOperation = {
  method: 'taobao.miniapp.shorturl.create',
  responseRoot: 'miniapp_shorturl_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 生成淘宝小程序短链接 — calls TOP method `taobao.miniapp.shorturl.create`.
 *
 * 提供淘宝小程序短链接生成的能力，只允许对淘宝小程序对应的域名：https://m.duanqu.com/ 生成对应的短链接，其他域名无效
 * 【特别注意：短链接有效期为30天，超过时效短链接将无法正常跳转到原始链接地址，请勿将短链接投放或装修到长期存在的入口】
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappShorturlCreate(
  client: TopClient,
  request: TaobaoMiniappShorturlCreateRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappShorturlCreateResponse> {
  return client.call<TaobaoMiniappShorturlCreateResponse>(
    {
      method: 'taobao.miniapp.shorturl.create',
      responseRoot: 'miniapp_shorturl_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
