// Generated from specs/interactvip/alibaba.interact.vip.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.vip.get` (会员淘气值获取). */
export interface AlibabaInteractVipGetRequest {}

/** Response of `alibaba.interact.vip.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractVipGetResponse {
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.vip.get`: method, response root, request and response schemas. */
export const alibabaInteractVipGetOperation = {
  method: 'alibaba.interact.vip.get',
  responseRoot: 'alibaba_interact_vip_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 会员淘气值获取 — calls TOP method `alibaba.interact.vip.get`.
 *
 * 提供用户淘气值&用户角色身份查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractVipGet(
  client: TopClient,
  request: AlibabaInteractVipGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractVipGetResponse> {
  return client.call<AlibabaInteractVipGetResponse>(
    {
      method: 'alibaba.interact.vip.get',
      responseRoot: 'alibaba_interact_vip_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
