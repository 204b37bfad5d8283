// Generated from specs/topoaid/taobao.crm.history.ouid.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.history.ouid.get` (根据buyerNick获取ouid). */
export interface TaobaoCrmHistoryOuidGetRequest {
  /** 买家淘宝Nick */
  buyer_nick: string;
}

/** Response of `taobao.crm.history.ouid.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmHistoryOuidGetResponse {
  /** 结果 */
  data?: TaobaoCrmHistoryOuidGetCrmPrivacyResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CrmPrivacyResponse` of `taobao.crm.history.ouid.get`. */
export interface TaobaoCrmHistoryOuidGetCrmPrivacyResponse {
  /** ouid */
  ouid?: string;
}

const REQUEST_SCHEMA = {
  buyer_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    ouid: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.history.ouid.get`: method, response root, request and response schemas. */
export const taobaoCrmHistoryOuidGetOperation = {
  method: 'taobao.crm.history.ouid.get',
  responseRoot: 'crm_history_ouid_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据buyerNick获取ouid — calls TOP method `taobao.crm.history.ouid.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmHistoryOuidGet(
  client: TopClient,
  request: TaobaoCrmHistoryOuidGetRequest,
  options?: CallOptions,
): Promise<TaobaoCrmHistoryOuidGetResponse> {
  return client.call<TaobaoCrmHistoryOuidGetResponse>(
    {
      method: 'taobao.crm.history.ouid.get',
      responseRoot: 'crm_history_ouid_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
