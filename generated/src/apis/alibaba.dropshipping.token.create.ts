// Generated from specs/icbudropshipping/alibaba.dropshipping.token.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dropshipping.token.create` (国际站dropshipping 选品token 创建). */
export interface AlibabaDropshippingTokenCreateRequest {}

/** Response of `alibaba.dropshipping.token.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDropshippingTokenCreateResponse {
  /** ecology_token */
  ecology_token?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ecology_token: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dropshipping.token.create`: method, response root, request and response schemas. */
export const alibabaDropshippingTokenCreateOperation = {
  method: 'alibaba.dropshipping.token.create',
  responseRoot: 'alibaba_dropshipping_token_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 国际站dropshipping 选品token 创建 — calls TOP method `alibaba.dropshipping.token.create`.
 *
 * 国际站dropshipping 选品token 创建，用于让买家有权限访问我们指定的 商品场馆
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDropshippingTokenCreate(
  client: TopClient,
  request: AlibabaDropshippingTokenCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaDropshippingTokenCreateResponse> {
  return client.call<AlibabaDropshippingTokenCreateResponse>(
    {
      method: 'alibaba.dropshipping.token.create',
      responseRoot: 'alibaba_dropshipping_token_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
