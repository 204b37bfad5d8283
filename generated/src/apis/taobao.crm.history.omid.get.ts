// Generated from specs/topoaid/taobao.crm.history.omid.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.history.omid.get` (根据buyerNick获取omid). */
export interface TaobaoCrmHistoryOmidGetRequest {
  /** 买家淘宝Nick */
  buyer_nick: string;
}

/** Response of `taobao.crm.history.omid.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmHistoryOmidGetResponse {
  /** 结果 */
  data?: TaobaoCrmHistoryOmidGetCrmPrivacyResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CrmPrivacyResponse` of `taobao.crm.history.omid.get`. */
export interface TaobaoCrmHistoryOmidGetCrmPrivacyResponse {
  /** omid */
  omid?: string;
}

const REQUEST_SCHEMA = {
  buyer_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    omid: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.history.omid.get`: method, response root, request and response schemas. */
export const taobaoCrmHistoryOmidGetOperation = {
  method: 'taobao.crm.history.omid.get',
  responseRoot: 'crm_history_omid_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据buyerNick获取omid — calls TOP method `taobao.crm.history.omid.get`.
 *
 * 根据buyerNick获取ouid
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmHistoryOmidGet(
  client: TopClient,
  request: TaobaoCrmHistoryOmidGetRequest,
  options?: CallOptions,
): Promise<TaobaoCrmHistoryOmidGetResponse> {
  return client.call<TaobaoCrmHistoryOmidGetResponse>(
    {
      method: 'taobao.crm.history.omid.get',
      responseRoot: 'crm_history_omid_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
