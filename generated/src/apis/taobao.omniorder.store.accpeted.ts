// Generated from specs/omniorder/taobao.omniorder.store.accpeted.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniorder.store.accpeted` (Pos端门店接单接口). */
export interface TaobaoOmniorderStoreAccpetedRequest {
  /** 淘宝交易主订单ID */
  tid: Int64Input;
  /** ISV系统上报时间 */
  report_timestamp: Int64Input;
  /**
   * 子订单列表
   *
   * Max list size: 20
   */
  sub_order_list: TaobaoOmniorderStoreAccpetedStoreAcceptedResultInput[];
  /** 跟踪Id */
  trace_id?: string;
}

/** Response of `taobao.omniorder.store.accpeted`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniorderStoreAccpetedResponse {
  /** 错误码 */
  err_code?: string;
  /** 错误内容 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StoreAcceptedResult` of `taobao.omniorder.store.accpeted`. */
export interface TaobaoOmniorderStoreAccpetedStoreAcceptedResultInput {
  /** 0表示无系统异常 */
  code: string;
  /** 异常描述 */
  message?: string;
  /** 子订单Id */
  sub_oid: Int64Input;
  /** 店铺Id, 可能是门店或者电商仓 */
  store_id: string;
  /** 店铺类型, 门店或者电商仓 */
  store_type: string;
  /** 店铺名称 */
  store_name?: string;
  /** 操作者 */
  operator?: string;
  /** 主订单Id */
  tid: Int64Input;
  /** 扩展字段 */
  attributes?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  report_timestamp: 'Number',
  sub_order_list: [
    {
      code: 'String',
      message: 'String',
      sub_oid: 'Number',
      store_id: 'String',
      store_type: 'String',
      store_name: 'String',
      operator: 'String',
      tid: 'Number',
      attributes: 'String',
    },
  ],
  trace_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  err_code: 'String',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniorder.store.accpeted`: method, response root, request and response schemas. */
export const taobaoOmniorderStoreAccpetedOperation = {
  method: 'taobao.omniorder.store.accpeted',
  responseRoot: 'omniorder_store_accpeted_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * Pos端门店接单接口 — calls TOP method `taobao.omniorder.store.accpeted`.
 *
 * ISV Pos端门店接单，通知星盘
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniorderStoreAccpeted(
  client: TopClient,
  request: TaobaoOmniorderStoreAccpetedRequest,
  options?: CallOptions,
): Promise<TaobaoOmniorderStoreAccpetedResponse> {
  return client.call<TaobaoOmniorderStoreAccpetedResponse>(
    {
      method: 'taobao.omniorder.store.accpeted',
      responseRoot: 'omniorder_store_accpeted_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
