// Generated from specs/interact/alibaba.interact.current.mixusernick.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.current.mixusernick` (手淘混淆nick开放接口鉴权专用). */
export interface AlibabaInteractCurrentMixusernickRequest {}

/** Response of `alibaba.interact.current.mixusernick`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractCurrentMixusernickResponse {
  /** result=0 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.current.mixusernick`: method, response root, request and response schemas. */
export const alibabaInteractCurrentMixusernickOperation = {
  method: 'alibaba.interact.current.mixusernick',
  responseRoot: 'alibaba_interact_current_mixusernick_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 手淘混淆nick开放接口鉴权专用 — calls TOP method `alibaba.interact.current.mixusernick`.
 *
 * 手淘混淆nick开放接口鉴权专用，无数据输入输出。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractCurrentMixusernick(
  client: TopClient,
  request: AlibabaInteractCurrentMixusernickRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractCurrentMixusernickResponse> {
  return client.call<AlibabaInteractCurrentMixusernickResponse>(
    {
      method: 'alibaba.interact.current.mixusernick',
      responseRoot: 'alibaba_interact_current_mixusernick_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
