// Generated from specs/alicom/taobao.phone.order.external.status.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.phone.order.external.status` (话费外放订单状态接口). */
export interface TaobaoPhoneOrderExternalStatusRequest {
  /** 状态查询请求 */
  query_order_req: TaobaoPhoneOrderExternalStatusQueryOrderReqInput;
}

/** Response of `taobao.phone.order.external.status`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPhoneOrderExternalStatusResponse {
  /** 响应编码 */
  biz_code?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 返回结果 */
  model?: TaobaoPhoneOrderExternalStatusDistributeTradeOrderInfo;
  /** 响应描述 */
  desc?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryOrderReq` of `taobao.phone.order.external.status`. */
export interface TaobaoPhoneOrderExternalStatusQueryOrderReqInput {
  /** 外部订单id */
  out_order_id: string;
}

/** `DistributeTradeOrderInfo` of `taobao.phone.order.external.status`. */
export interface TaobaoPhoneOrderExternalStatusDistributeTradeOrderInfo {
  /** 外部订单ID */
  out_order_id?: string;
  /** 0:初始化，1:成功，2:失败 */
  status?: string;
}

const REQUEST_SCHEMA = {
  query_order_req: {
    out_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  biz_code: 'String',
  is_success: 'Boolean',
  model: {
    out_order_id: 'String',
    status: 'String',
  },
  desc: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.phone.order.external.status`: method, response root, request and response schemas. */
export const taobaoPhoneOrderExternalStatusOperation = {
  method: 'taobao.phone.order.external.status',
  responseRoot: 'phone_order_external_status_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 话费外放订单状态接口 — calls TOP method `taobao.phone.order.external.status`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPhoneOrderExternalStatus(
  client: TopClient,
  request: TaobaoPhoneOrderExternalStatusRequest,
  options?: CallOptions,
): Promise<TaobaoPhoneOrderExternalStatusResponse> {
  return client.call<TaobaoPhoneOrderExternalStatusResponse>(
    {
      method: 'taobao.phone.order.external.status',
      responseRoot: 'phone_order_external_status_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
