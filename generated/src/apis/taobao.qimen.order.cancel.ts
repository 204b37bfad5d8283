// Generated from specs/qimen/taobao.qimen.order.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.order.cancel` (单据取消接口). */
export interface TaobaoQimenOrderCancelRequest {
  request?: TaobaoQimenOrderCancelOrderCancelRequestInput;
}

/** Response of `taobao.qimen.order.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenOrderCancelResponse {
  response?: TaobaoQimenOrderCancelOrderCancelResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderCancelRequest` of `taobao.qimen.order.cancel`. */
export interface TaobaoQimenOrderCancelOrderCancelRequestInput {
  /** 仓库编码(统仓统配等无需ERP指定仓储编码的情况填OTHER) */
  warehouseCode: string;
  /** 货主编码 */
  ownerCode?: string;
  /** 单据编码 */
  orderCode: string;
  /** 仓储系统单据编码 */
  orderId?: string;
  /** 单据类型(JYCK=一般交易出库单;HHCK= 换货出库;BFCK=补发出库;PTCK=普通出库单;DBCK=调拨出库;B2BRK=B2B入库;B2BCK=B2B出库;QTCK=其他出库;SCRK=生产入库;LYRK=领用入库;CCRK=残次品入库;CGRK=采购入库;DBRK= 调拨入库;QTRK=其他入库;XTRK= 销退入库;THRK=退货入库;HHRK= 换货入库;CNJG= 仓内加工单;CGTH=采购退货出库单) */
  orderType?: string;
  /** 取消原因 */
  cancelReason?: string;
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
  /** 交易平台子订单信息 */
  subSourceOrders?: TaobaoQimenOrderCancelSubSourceOrderInput[];
}

/** `SubSourceOrder` of `taobao.qimen.order.cancel`. */
export interface TaobaoQimenOrderCancelSubSourceOrderInput {
  /** 交易平台子订单编码 */
  subSourceOrderCode?: string;
}

/** `OrderCancelResponse` of `taobao.qimen.order.cancel`. */
export interface TaobaoQimenOrderCancelOrderCancelResponse {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    warehouseCode: 'String',
    ownerCode: 'String',
    orderCode: 'String',
    orderId: 'String',
    orderType: 'String',
    cancelReason: 'String',
    extendProps: 'Json',
    subSourceOrders: [
      {
        subSourceOrderCode: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.order.cancel`: method, response root, request and response schemas. */
export const taobaoQimenOrderCancelOperation = {
  method: 'taobao.qimen.order.cancel',
  responseRoot: 'qimen_order_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单据取消接口 — calls TOP method `taobao.qimen.order.cancel`.
 *
 * taobao.qimen.order.cancel
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenOrderCancel(
  client: TopClient,
  request: TaobaoQimenOrderCancelRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenOrderCancelResponse> {
  return client.call<TaobaoQimenOrderCancelResponse>(
    {
      method: 'taobao.qimen.order.cancel',
      responseRoot: 'qimen_order_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
