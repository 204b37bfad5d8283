// Generated from specs/mtopopen/alibaba.interact.allsparkisv.draw.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.allsparkisv.draw` (allspark提供抽奖tida接口对应鉴权接口). */
export interface AlibabaInteractAllsparkisvDrawRequest {
  /** ddd */
  test?: string;
  /** dd */
  ddd?: string;
}

/** Response of `alibaba.interact.allsparkisv.draw`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractAllsparkisvDrawResponse {
  /** ddd */
  ddd?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  test: 'String',
  ddd: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ddd: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.allsparkisv.draw`: method, response root, request and response schemas. */
export const alibabaInteractAllsparkisvDrawOperation = {
  method: 'alibaba.interact.allsparkisv.draw',
  responseRoot: 'alibaba_interact_allsparkisv_draw_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * allspark提供抽奖tida接口对应鉴权接口 — calls TOP method `alibaba.interact.allsparkisv.draw`.
 *
 * 该接口没有实际对外使用。只是内部鉴权使用，不会有三方应用调用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractAllsparkisvDraw(
  client: TopClient,
  request: AlibabaInteractAllsparkisvDrawRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractAllsparkisvDrawResponse> {
  return client.call<AlibabaInteractAllsparkisvDrawResponse>(
    {
      method: 'alibaba.interact.allsparkisv.draw',
      responseRoot: 'alibaba_interact_allsparkisv_draw_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
