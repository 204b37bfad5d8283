// Generated from specs/qimen/taobao.qimen.store.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.store.delete` (门店删除接口). */
export interface TaobaoQimenStoreDeleteRequest {
  /** 要删除的门店id */
  store_id: Int64Input;
}

/** Response of `taobao.qimen.store.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenStoreDeleteResponse {
  /** 响应信息 */
  message?: string;
  /** 响应标示 */
  flag?: string;
  /** 响应code */
  qimen_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  flag: 'String',
  qimen_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.store.delete`: method, response root, request and response schemas. */
export const taobaoQimenStoreDeleteOperation = {
  method: 'taobao.qimen.store.delete',
  responseRoot: 'qimen_store_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店删除接口 — calls TOP method `taobao.qimen.store.delete`.
 *
 * 商家在ERP等系统中调用该接口，删除线下门店
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenStoreDelete(
  client: TopClient,
  request: TaobaoQimenStoreDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoQimenStoreDeleteResponse> {
  return client.call<TaobaoQimenStoreDeleteResponse>(
    {
      method: 'taobao.qimen.store.delete',
      responseRoot: 'qimen_store_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
