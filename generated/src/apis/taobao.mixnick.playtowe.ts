// Generated from specs/interact/taobao.mixnick.playtowe.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.mixnick.playtowe` (互动mixNick转微淘). */
export interface TaobaoMixnickPlaytoweRequest {
  /** 用户的混淆nick */
  mix_mix: string;
}

/** Response of `taobao.mixnick.playtowe`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMixnickPlaytoweResponse {
  /** 微淘混淆nick */
  we_mixnick?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  mix_mix: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  we_mixnick: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.mixnick.playtowe`: method, response root, request and response schemas. */
export const taobaoMixnickPlaytoweOperation = {
  method: 'taobao.mixnick.playtowe',
  responseRoot: 'mixnick_playtowe_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 互动mixNick转微淘 — calls TOP method `taobao.mixnick.playtowe`.
 *
 * 微淘应用的混淆nick转为互动类型混淆nick
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMixnickPlaytowe(
  client: TopClient,
  request: TaobaoMixnickPlaytoweRequest,
  options?: CallOptions,
): Promise<TaobaoMixnickPlaytoweResponse> {
  return client.call<TaobaoMixnickPlaytoweResponse>(
    {
      method: 'taobao.mixnick.playtowe',
      responseRoot: 'mixnick_playtowe_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
