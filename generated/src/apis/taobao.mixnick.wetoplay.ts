// Generated from specs/interact/taobao.mixnick.wetoplay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.mixnick.wetoplay` (微淘混淆nick转互动混淆nick). */
export interface TaobaoMixnickWetoplayRequest {
  /** 排查问题id */
  trace_id?: string;
  /** 微淘混淆nick */
  we_mixnick?: string;
}

/** Response of `taobao.mixnick.wetoplay`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMixnickWetoplayResponse {
  /** 微淘转互动混淆nick */
  play_mixnick_data?: TaobaoMixnickWetoplayMixNickResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MixNickResult` of `taobao.mixnick.wetoplay`. */
export interface TaobaoMixnickWetoplayMixNickResult {
  /** 互动混淆nick */
  play_mixnick?: string;
}

const REQUEST_SCHEMA = {
  trace_id: 'String',
  we_mixnick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  play_mixnick_data: {
    play_mixnick: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.mixnick.wetoplay`: method, response root, request and response schemas. */
export const taobaoMixnickWetoplayOperation = {
  method: 'taobao.mixnick.wetoplay',
  responseRoot: 'mixnick_wetoplay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 微淘混淆nick转互动混淆nick — calls TOP method `taobao.mixnick.wetoplay`.
 *
 * 微淘应用的混淆nick转为互动类型混淆nick
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMixnickWetoplay(
  client: TopClient,
  request: TaobaoMixnickWetoplayRequest = {},
  options?: CallOptions,
): Promise<TaobaoMixnickWetoplayResponse> {
  return client.call<TaobaoMixnickWetoplayResponse>(
    {
      method: 'taobao.mixnick.wetoplay',
      responseRoot: 'mixnick_wetoplay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
