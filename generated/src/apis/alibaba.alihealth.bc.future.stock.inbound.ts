// Generated from specs/alihealth2/alibaba.alihealth.bc.future.stock.inbound.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.bc.future.stock.inbound` (供应商上报期货库存). */
export interface AlibabaAlihealthBcFutureStockInboundRequest {
  /** 请求体 */
  future_inbound_req_dto?: AlibabaAlihealthBcFutureStockInboundFutureInboundReqDTOInput;
}

/** Response of `alibaba.alihealth.bc.future.stock.inbound`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthBcFutureStockInboundResponse {
  /** 链路跟踪id, 用于排查问题 */
  trace_id?: string;
  /** 请求是否可重试 */
  can_retry?: boolean;
  /** 当前请求是否成功-所有明细都成功才算成功 */
  succ?: boolean;
  /** 错误编码, 编码以"ALIHEALTH.BC.5"开头时表示当前品仓的操作处于未知状态, 后继可通过同样的请求流水号来获取最终结果 */
  error_no?: string;
  /** 错误描述 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FutureInboundReqDTO` of `alibaba.alihealth.bc.future.stock.inbound`. */
export interface AlibabaAlihealthBcFutureStockInboundFutureInboundReqDTOInput {
  /** 供应商ID */
  supplier_id: Int64Input;
  /** 期货采购ID */
  future_purchase_id: string;
  /** 请求流水号, 长度不能超过64, 相同的请求流水会被幂等 */
  request_id: string;
  /** 请求明细,数量需与期货采购一致 */
  items: AlibabaAlihealthBcFutureStockInboundFutureInboundItemInput[];
  /** 仓库编码 */
  store_code: string;
  /** 是否最后一次入库 */
  last_inbound: boolean;
}

/** `FutureInboundItem` of `alibaba.alihealth.bc.future.stock.inbound`. */
export interface AlibabaAlihealthBcFutureStockInboundFutureInboundItemInput {
  /** 期货入库数量 */
  quantity: Int64Input;
  /** 货品ID */
  sc_item_id: Int64Input;
}

const REQUEST_SCHEMA = {
  future_inbound_req_dto: {
    supplier_id: 'Number',
    future_purchase_id: 'String',
    request_id: 'String',
    items: [
      {
        quantity: 'Number',
        sc_item_id: 'Number',
      },
    ],
    store_code: 'String',
    last_inbound: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trace_id: 'String',
  can_retry: 'Boolean',
  succ: 'Boolean',
  error_no: 'String',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.bc.future.stock.inbound`: method, response root, request and response schemas. */
export const alibabaAlihealthBcFutureStockInboundOperation = {
  method: 'alibaba.alihealth.bc.future.stock.inbound',
  responseRoot: 'alibaba_alihealth_bc_future_stock_inbound_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商上报期货库存 — calls TOP method `alibaba.alihealth.bc.future.stock.inbound`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthBcFutureStockInbound(
  client: TopClient,
  request: AlibabaAlihealthBcFutureStockInboundRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthBcFutureStockInboundResponse> {
  return client.call<AlibabaAlihealthBcFutureStockInboundResponse>(
    {
      method: 'alibaba.alihealth.bc.future.stock.inbound',
      responseRoot: 'alibaba_alihealth_bc_future_stock_inbound_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
