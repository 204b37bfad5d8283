// Generated from specs/interact/alibaba.interact.wireless.draw.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.wireless.draw` (双11到店互动无线端抽奖接口鉴权). */
export interface AlibabaInteractWirelessDrawRequest {}

/** Response of `alibaba.interact.wireless.draw`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractWirelessDrawResponse {
  /** result */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.wireless.draw`: method, response root, request and response schemas. */
export const alibabaInteractWirelessDrawOperation = {
  method: 'alibaba.interact.wireless.draw',
  responseRoot: 'alibaba_interact_wireless_draw_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 双11到店互动无线端抽奖接口鉴权 — calls TOP method `alibaba.interact.wireless.draw`.
 *
 * 双11到店互动无线端mtop接口开放鉴权接口，无入参出参，无安全风险，mtop接口开发 坯子
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractWirelessDraw(
  client: TopClient,
  request: AlibabaInteractWirelessDrawRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractWirelessDrawResponse> {
  return client.call<AlibabaInteractWirelessDrawResponse>(
    {
      method: 'alibaba.interact.wireless.draw',
      responseRoot: 'alibaba_interact_wireless_draw_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
