// Generated from specs/wlbimports/taobao.wlb.imports.order.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.imports.order.cancel` (一般进口取消物流订单). */
export interface TaobaoWlbImportsOrderCancelRequest {
  /** 物流订单编号 */
  lgorder_code: string;
}

/** Response of `taobao.wlb.imports.order.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbImportsOrderCancelResponse {
  /** 业务错误描述 */
  result_error_msg?: string;
  /** 业务错误编码 */
  result_error_code?: string;
  /** 是否取消订单成功，true：成功，false：失败 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  lgorder_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_error_msg: 'String',
  result_error_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.imports.order.cancel`: method, response root, request and response schemas. */
export const taobaoWlbImportsOrderCancelOperation = {
  method: 'taobao.wlb.imports.order.cancel',
  responseRoot: 'wlb_imports_order_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 一般进口取消物流订单 — calls TOP method `taobao.wlb.imports.order.cancel`.
 *
 * 商家在发货后，需要对订单进行取消，如果仓库已经收货则无法取消。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbImportsOrderCancel(
  client: TopClient,
  request: TaobaoWlbImportsOrderCancelRequest,
  options?: CallOptions,
): Promise<TaobaoWlbImportsOrderCancelResponse> {
  return client.call<TaobaoWlbImportsOrderCancelResponse>(
    {
      method: 'taobao.wlb.imports.order.cancel',
      responseRoot: 'wlb_imports_order_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
