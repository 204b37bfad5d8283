// Generated from specs/qimen/taobao.qimen.order.pending.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.order.pending` (单据挂起（恢复）接口). */
export interface TaobaoQimenOrderPendingRequest {
  request?: TaobaoQimenOrderPendingOrderPendingRequestInput;
}

/** Response of `taobao.qimen.order.pending`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenOrderPendingResponse {
  response?: TaobaoQimenOrderPendingOrderPendingResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderPendingRequest` of `taobao.qimen.order.pending`. */
export interface TaobaoQimenOrderPendingOrderPendingRequestInput {
  /** 操作类型(pending=挂起;restore=恢复) */
  actionType: string;
  /** 仓库编码(统仓统配等无需ERP指定仓储编码的情况填OTHER) */
  warehouseCode: string;
  /** 货主编码 */
  ownerCode?: string;
  /** 单据编码 */
  orderCode: string;
  /** 仓储系统单据编码 */
  orderId?: string;
  /** 单据类型(JYCK=一般交易出库单;HHCK=换货出库;BFCK=补发出库;PTCK=普通出库单;DBCK=调拨出库;QTCK=其他出库;B2BRK=B2B入库;B2BCK=B2B出库;CGRK=采购入库;DBRK=调拨入库;QTRK=其他入库;XTRK=销退入库;HHRK=换货入库;CNJG=仓内加工单) */
  orderType?: string;
  /** 挂起/恢复原因 */
  reason?: string;
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
}

/** `OrderPendingResponse` of `taobao.qimen.order.pending`. */
export interface TaobaoQimenOrderPendingOrderPendingResponse {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    actionType: 'String',
    warehouseCode: 'String',
    ownerCode: 'String',
    orderCode: 'String',
    orderId: 'String',
    orderType: 'String',
    reason: 'String',
    extendProps: 'Json',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.order.pending`: method, response root, request and response schemas. */
export const taobaoQimenOrderPendingOperation = {
  method: 'taobao.qimen.order.pending',
  responseRoot: 'qimen_order_pending_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单据挂起（恢复）接口 — calls TOP method `taobao.qimen.order.pending`.
 *
 * ERP调用奇门的接口,挂起某些创建的单据;场景介绍：ERP主动发起挂起（恢复）某些创建的单据，如入库单、出库单、退货单等
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenOrderPending(
  client: TopClient,
  request: TaobaoQimenOrderPendingRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenOrderPendingResponse> {
  return client.call<TaobaoQimenOrderPendingResponse>(
    {
      method: 'taobao.qimen.order.pending',
      responseRoot: 'qimen_order_pending_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
