// Generated from specs/consignplatform/cainiao.consignplatform.order.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.consignplatform.order.cancel` (菜鸟发货工作台取消包裹以及订单). */
export interface CainiaoConsignplatformOrderCancelRequest {
  /** 取消参数 */
  cancel_request: CainiaoConsignplatformOrderCancelOrderCancelRequestInput;
}

/** Response of `cainiao.consignplatform.order.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoConsignplatformOrderCancelResponse {
  /** 失败信息 */
  fail_code?: string;
  /** 失败code */
  fail_message?: string;
  /** 取消是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderCancelRequest` of `cainiao.consignplatform.order.cancel`. */
export interface CainiaoConsignplatformOrderCancelOrderCancelRequestInput {
  /** 外部订单id */
  outer_order_id: string;
  /** 外部订单id列表 */
  sub_outer_order_ids: string[];
  /** 订单来源 */
  order_source: string;
}

const REQUEST_SCHEMA = {
  cancel_request: {
    outer_order_id: 'String',
    sub_outer_order_ids: ['String'],
    order_source: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  fail_code: 'String',
  fail_message: 'String',
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `cainiao.consignplatform.order.cancel`: method, response root, request and response schemas. */
export const cainiaoConsignplatformOrderCancelOperation = {
  method: 'cainiao.consignplatform.order.cancel',
  responseRoot: 'cainiao_consignplatform_order_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 菜鸟发货工作台取消包裹以及订单 — calls TOP method `cainiao.consignplatform.order.cancel`.
 *
 * 菜鸟发货工作台，商家或者isv通过api取消包裹、回收单号，如果是裹裹运力会取消小件员上门。最后删除订单信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoConsignplatformOrderCancel(
  client: TopClient,
  request: CainiaoConsignplatformOrderCancelRequest,
  options?: CallOptions,
): Promise<CainiaoConsignplatformOrderCancelResponse> {
  return client.call<CainiaoConsignplatformOrderCancelResponse>(
    {
      method: 'cainiao.consignplatform.order.cancel',
      responseRoot: 'cainiao_consignplatform_order_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
