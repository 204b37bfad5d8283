// Generated from specs/jst/taobao.qimen.orderstatus.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.orderstatus.update` (订单状态更新接口). */
export interface TaobaoQimenOrderstatusUpdateRequest {
  /** 星盘派单号 */
  allocation_code: string;
  /**
   * 淘系子订单号
   *
   * Max list size: 100
   */
  order_codes: string[];
  /** 目标门店的商户中心门店编码 */
  store_id: Int64Input;
  /** 业务类型，（枚举值：FAHUO、ZITI） */
  type: string;
  /** 订单状态，门店发货包括X_SHOP_ALLOCATION、X_SHOP_DENYX_SHOP_HANDLED、X_SHOP_CANCEL_CONFIRM、X_SHOP_CANCEL_DENIED、X_MATCHED；门店自提包括X_COMMODITY_CONFIRMX_COMMODITY_TRANSER、X_TRANSFER _SUCCESS、X_SHOP_CANCEL_CONFIRM、X_MATCHED、X_SHOP_DENY */
  status: string;
  /** 操作人 */
  operator: string;
  /** 事件发生时间 */
  action_time?: string;
}

/** Response of `taobao.qimen.orderstatus.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenOrderstatusUpdateResponse {
  /** message */
  message?: string;
  /** resultCode */
  result_code?: string;
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  allocation_code: 'String',
  order_codes: ['String'],
  store_id: 'Number',
  type: 'String',
  status: 'String',
  operator: 'String',
  action_time: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  result_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.orderstatus.update`: method, response root, request and response schemas. */
export const taobaoQimenOrderstatusUpdateOperation = {
  method: 'taobao.qimen.orderstatus.update',
  responseRoot: 'qimen_orderstatus_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单状态更新接口 — calls TOP method `taobao.qimen.orderstatus.update`.
 *
 * 星盘和ISV，可以通过此接口，来更新订单状态。此接口应用于使用阿里星盘分单，且使用商家系统（非阿里掌柜）接单/拒单的模式下更新订单状态。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenOrderstatusUpdate(
  client: TopClient,
  request: TaobaoQimenOrderstatusUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoQimenOrderstatusUpdateResponse> {
  return client.call<TaobaoQimenOrderstatusUpdateResponse>(
    {
      method: 'taobao.qimen.orderstatus.update',
      responseRoot: 'qimen_orderstatus_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
