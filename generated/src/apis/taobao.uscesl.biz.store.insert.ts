// Generated from specs/uscesl/taobao.uscesl.biz.store.insert.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.uscesl.biz.store.insert` (新增电子价签商家门店接口). */
export interface TaobaoUsceslBizStoreInsertRequest {
  /** 门店名称 */
  store_name: string;
  /** 门店外部ID，要保持同一商家下的唯一性 */
  store_out_id: string;
  /** 商家标识key */
  biz_brand_key: string;
}

/** Response of `taobao.uscesl.biz.store.insert`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsceslBizStoreInsertResponse {
  /** result */
  result?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  store_name: 'String',
  store_out_id: 'String',
  biz_brand_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `taobao.uscesl.biz.store.insert`: method, response root, request and response schemas. */
export const taobaoUsceslBizStoreInsertOperation = {
  method: 'taobao.uscesl.biz.store.insert',
  responseRoot: 'uscesl_biz_store_insert_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增电子价签商家门店接口 — calls TOP method `taobao.uscesl.biz.store.insert`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsceslBizStoreInsert(
  client: TopClient,
  request: TaobaoUsceslBizStoreInsertRequest,
  options?: CallOptions,
): Promise<TaobaoUsceslBizStoreInsertResponse> {
  return client.call<TaobaoUsceslBizStoreInsertResponse>(
    {
      method: 'taobao.uscesl.biz.store.insert',
      responseRoot: 'uscesl_biz_store_insert_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
