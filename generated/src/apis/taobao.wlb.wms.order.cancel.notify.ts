// Generated from specs/wms/taobao.wlb.wms.order.cancel.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.wms.order.cancel.notify` (单据取消接口). */
export interface TaobaoWlbWmsOrderCancelNotifyRequest {
  /** 订单类型 */
  order_code: string;
  /** 单据类型 601普通入库单、501销退入库单、302 调拨入库单、904其他入库单、301 调拨出库单、901普通出库单、903 其他出库单、201 一般交易出库单 202 B2B交易出库单 502 换货出库单 503 补发出库单、1102 仓内加工作业单、 701 盘亏单、702盘盈单、711 库存状态调整单 */
  order_type: string;
  /** 仓库编码 */
  store_code: string;
}

/** Response of `taobao.wlb.wms.order.cancel.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWmsOrderCancelNotifyResponse {
  /** 是否成功 */
  wl_success?: boolean;
  /** 错误编码 */
  wl_error_code?: string;
  /** 错误详细 */
  wl_error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_code: 'String',
  order_type: 'String',
  store_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  wl_success: 'Boolean',
  wl_error_code: 'String',
  wl_error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.wms.order.cancel.notify`: method, response root, request and response schemas. */
export const taobaoWlbWmsOrderCancelNotifyOperation = {
  method: 'taobao.wlb.wms.order.cancel.notify',
  responseRoot: 'wlb_wms_order_cancel_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单据取消接口 — calls TOP method `taobao.wlb.wms.order.cancel.notify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWmsOrderCancelNotify(
  client: TopClient,
  request: TaobaoWlbWmsOrderCancelNotifyRequest,
  options?: CallOptions,
): Promise<TaobaoWlbWmsOrderCancelNotifyResponse> {
  return client.call<TaobaoWlbWmsOrderCancelNotifyResponse>(
    {
      method: 'taobao.wlb.wms.order.cancel.notify',
      responseRoot: 'wlb_wms_order_cancel_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
