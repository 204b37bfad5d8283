// Generated from specs/omniorder/taobao.omniorder.store.sdtstatus.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniorder.store.sdtstatus` (菜鸟裹裹运单状态查询). */
export interface TaobaoOmniorderStoreSdtstatusRequest {
  /** 菜鸟裹裹的包裹ID */
  package_id?: Int64Input;
}

/** Response of `taobao.omniorder.store.sdtstatus`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniorderStoreSdtstatusResponse {
  /** result */
  result?: TaobaoOmniorderStoreSdtstatusResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.omniorder.store.sdtstatus`. */
export interface TaobaoOmniorderStoreSdtstatusResult {
  /** 异常信息 */
  message?: string;
  /** data */
  data?: TaobaoOmniorderStoreSdtstatusSdtStatusResponse;
  /** 异常码 0 正常，否则异常 */
  err_code?: string;
}

/** `SdtStatusResponse` of `taobao.omniorder.store.sdtstatus`. */
export interface TaobaoOmniorderStoreSdtstatusSdtStatusResponse {
  /** 卖家ID，通sellerID */
  user_id?: Int64;
  /** packageId */
  order_id?: Int64;
  /** 取消原因 */
  reason_desc?: string;
  /** 状态 0 取号，1 已发货 -1 商家取消 -2 运力端取消 */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  package_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: {
      user_id: 'Number',
      order_id: 'Number',
      reason_desc: 'String',
      status: 'Number',
    },
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniorder.store.sdtstatus`: method, response root, request and response schemas. */
export const taobaoOmniorderStoreSdtstatusOperation = {
  method: 'taobao.omniorder.store.sdtstatus',
  responseRoot: 'omniorder_store_sdtstatus_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 菜鸟裹裹运单状态查询 — calls TOP method `taobao.omniorder.store.sdtstatus`.
 *
 * 提供给商家查询运力单的状态。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniorderStoreSdtstatus(
  client: TopClient,
  request: TaobaoOmniorderStoreSdtstatusRequest = {},
  options?: CallOptions,
): Promise<TaobaoOmniorderStoreSdtstatusResponse> {
  return client.call<TaobaoOmniorderStoreSdtstatusResponse>(
    {
      method: 'taobao.omniorder.store.sdtstatus',
      responseRoot: 'omniorder_store_sdtstatus_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
