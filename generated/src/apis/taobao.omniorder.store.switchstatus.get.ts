// Generated from specs/omniorder/taobao.omniorder.store.switchstatus.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniorder.store.switchstatus.get` (switchstatus.get). */
export interface TaobaoOmniorderStoreSwitchstatusGetRequest {
  /** 门店ID */
  store_id: Int64Input;
  /** 卖家ID */
  seller_id: Int64Input;
}

/** Response of `taobao.omniorder.store.switchstatus.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniorderStoreSwitchstatusGetResponse {
  /** result */
  result?: TaobaoOmniorderStoreSwitchstatusGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.omniorder.store.switchstatus.get`. */
export interface TaobaoOmniorderStoreSwitchstatusGetResult {
  /** message */
  message?: string;
  /** 返回素材id */
  data?: string | Record<string, unknown>;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'Number',
  seller_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: 'Json',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniorder.store.switchstatus.get`: method, response root, request and response schemas. */
export const taobaoOmniorderStoreSwitchstatusGetOperation = {
  method: 'taobao.omniorder.store.switchstatus.get',
  responseRoot: 'omniorder_store_switchstatus_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * switchstatus.get — calls TOP method `taobao.omniorder.store.switchstatus.get`.
 *
 * 查询门店发货、门店自提状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniorderStoreSwitchstatusGet(
  client: TopClient,
  request: TaobaoOmniorderStoreSwitchstatusGetRequest,
  options?: CallOptions,
): Promise<TaobaoOmniorderStoreSwitchstatusGetResponse> {
  return client.call<TaobaoOmniorderStoreSwitchstatusGetResponse>(
    {
      method: 'taobao.omniorder.store.switchstatus.get',
      responseRoot: 'omniorder_store_switchstatus_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
