// Generated from specs/tblogistics/taobao.logistics.online.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.online.cancel` (取消物流订单接口). */
export interface TaobaoLogisticsOnlineCancelRequest {
  /** 淘宝交易ID */
  tid: Int64Input;
}

/** Response of `taobao.logistics.online.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsOnlineCancelResponse {
  /** 修改时间 */
  modify_time?: string;
  /** 重新创建物流订单id */
  recreated_order_id?: string;
  /** 成功与失败 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  modify_time: 'String',
  recreated_order_id: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.online.cancel`: method, response root, request and response schemas. */
export const taobaoLogisticsOnlineCancelOperation = {
  method: 'taobao.logistics.online.cancel',
  responseRoot: 'logistics_online_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消物流订单接口 — calls TOP method `taobao.logistics.online.cancel`.
 *
 * 调此接口取消发货的订单，重新选择物流公司发货。前提是物流公司未揽收货物。对未发货和已经被物流公司揽收的物流订单，是不能取消的。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsOnlineCancel(
  client: TopClient,
  request: TaobaoLogisticsOnlineCancelRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsOnlineCancelResponse> {
  return client.call<TaobaoLogisticsOnlineCancelResponse>(
    {
      method: 'taobao.logistics.online.cancel',
      responseRoot: 'logistics_online_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
