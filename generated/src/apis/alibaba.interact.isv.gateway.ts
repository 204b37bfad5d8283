// Generated from specs/interact/alibaba.interact.isv.gateway.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.isv.gateway` (isv调用gateway). */
export interface AlibabaInteractIsvGatewayRequest {}

/** Response of `alibaba.interact.isv.gateway`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractIsvGatewayResponse {
  /** ret=0 */
  ret?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.isv.gateway`: method, response root, request and response schemas. */
export const alibabaInteractIsvGatewayOperation = {
  method: 'alibaba.interact.isv.gateway',
  responseRoot: 'alibaba_interact_isv_gateway_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * isv调用gateway — calls TOP method `alibaba.interact.isv.gateway`.
 *
 * isv能够调用jae本身的server
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractIsvGateway(
  client: TopClient,
  request: AlibabaInteractIsvGatewayRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractIsvGatewayResponse> {
  return client.call<AlibabaInteractIsvGatewayResponse>(
    {
      method: 'alibaba.interact.isv.gateway',
      responseRoot: 'alibaba_interact_isv_gateway_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
