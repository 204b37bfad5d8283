// Generated from specs/omniorder/taobao.omniorder.store.reallocate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniorder.store.reallocate` (rellocate). */
export interface TaobaoOmniorderStoreReallocateRequest {
  /** 主订单号 */
  main_order_id: Int64Input;
  /**
   * 子订单号
   *
   * Max list size: 100
   */
  sub_order_ids: string[];
  /** 门店Id */
  store_id?: Int64Input;
  /** 电商仓code */
  warehouse_code?: string;
}

/** Response of `taobao.omniorder.store.reallocate`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniorderStoreReallocateResponse {
  /** result */
  result?: TaobaoOmniorderStoreReallocateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.omniorder.store.reallocate`. */
export interface TaobaoOmniorderStoreReallocateResult {
  /** message */
  message?: string;
  /** data */
  data?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  main_order_id: 'Number',
  sub_order_ids: ['String'],
  store_id: 'Number',
  warehouse_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniorder.store.reallocate`: method, response root, request and response schemas. */
export const taobaoOmniorderStoreReallocateOperation = {
  method: 'taobao.omniorder.store.reallocate',
  responseRoot: 'omniorder_store_reallocate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * rellocate — calls TOP method `taobao.omniorder.store.reallocate`.
 *
 * 门店发货提供改派接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniorderStoreReallocate(
  client: TopClient,
  request: TaobaoOmniorderStoreReallocateRequest,
  options?: CallOptions,
): Promise<TaobaoOmniorderStoreReallocateResponse> {
  return client.call<TaobaoOmniorderStoreReallocateResponse>(
    {
      method: 'taobao.omniorder.store.reallocate',
      responseRoot: 'omniorder_store_reallocate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
