// Generated from specs/omniorder/taobao.omniorder.allocatedinfo.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniorder.allocatedinfo.sync` (分单结果同步给星盘). */
export interface TaobaoOmniorderAllocatedinfoSyncRequest {
  /** 淘宝交易主订单ID */
  tid: Int64Input;
  /** 1231243213213 */
  report_timestamp: Int64Input;
  /** 跟踪Id */
  trace_id?: string;
  /** 分单状态，如： 等待中(Waiting)，已分单(Allocated)，分单失败(AllocateFail) */
  status: string;
  /** 分单结果消息, 如果status为AllocateFail, 则表示失败的理由. */
  message?: string;
  /**
   * 门店的分单列表
   *
   * Max list size: 50
   */
  sub_order_list: TaobaoOmniorderAllocatedinfoSyncStoreAllocatedResultInput[];
}

/** Response of `taobao.omniorder.allocatedinfo.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniorderAllocatedinfoSyncResponse {
  /** 错误码 */
  err_code?: string;
  /** 错误内容 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StoreAllocatedResult` of `taobao.omniorder.allocatedinfo.sync`. */
export interface TaobaoOmniorderAllocatedinfoSyncStoreAllocatedResultInput {
  /** 0表示无系统异常 */
  code: string;
  /** 异常描述 */
  message?: string;
  /** 子订单Id */
  sub_oid: Int64Input;
  /** 店铺Id, 可能是门店或者电商仓 */
  store_id: string;
  /** 店铺类型, 门店(Store)或者电商仓(Warehouse) */
  store_type: string;
  /** 店铺名称 */
  store_name?: string;
  /** 订单分单状态, 可选值: Waiting(仍在派单中) Allocated(派单成功) AllocateFail(派单失败) */
  status: string;
  /** 主订单Id */
  tid?: Int64Input;
  /** 扩展字段 */
  attributes?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  report_timestamp: 'Number',
  trace_id: 'String',
  status: 'String',
  message: 'String',
  sub_order_list: [
    {
      code: 'String',
      message: 'String',
      sub_oid: 'Number',
      store_id: 'String',
      store_type: 'String',
      store_name: 'String',
      status: 'String',
      tid: 'Number',
      attributes: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  err_code: 'String',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniorder.allocatedinfo.sync`: method, response root, request and response schemas. */
export const taobaoOmniorderAllocatedinfoSyncOperation = {
  method: 'taobao.omniorder.allocatedinfo.sync',
  responseRoot: 'omniorder_allocatedinfo_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分单结果同步给星盘 — calls TOP method `taobao.omniorder.allocatedinfo.sync`.
 *
 * ISV分单完成，将分单结果同步给星盘
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniorderAllocatedinfoSync(
  client: TopClient,
  request: TaobaoOmniorderAllocatedinfoSyncRequest,
  options?: CallOptions,
): Promise<TaobaoOmniorderAllocatedinfoSyncResponse> {
  return client.call<TaobaoOmniorderAllocatedinfoSyncResponse>(
    {
      method: 'taobao.omniorder.allocatedinfo.sync',
      responseRoot: 'omniorder_allocatedinfo_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
