// Generated from specs/lstlogistics/alibaba.lst.shiporder.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.shiporder.cancel` (零售通发货单取消). */
export interface AlibabaLstShiporderCancelRequest {
  /** 取消原因 */
  reason?: string;
  /** 订单号 */
  out_order_id: string;
  /**
   * 需要退款的明细ID
   *
   * Max list size: 20
   */
  detail_order_ids?: string[];
}

/** Response of `alibaba.lst.shiporder.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstShiporderCancelResponse {
  /** result */
  result?: AlibabaLstShiporderCancelBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `alibaba.lst.shiporder.cancel`. */
export interface AlibabaLstShiporderCancelBaseResult {
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  reason: 'String',
  out_order_id: 'String',
  detail_order_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.shiporder.cancel`: method, response root, request and response schemas. */
export const alibabaLstShiporderCancelOperation = {
  method: 'alibaba.lst.shiporder.cancel',
  responseRoot: 'alibaba_lst_shiporder_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售通发货单取消 — calls TOP method `alibaba.lst.shiporder.cancel`.
 *
 * 通过该接口可以取消零售通运保保发货单，并处理相关业务流程。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstShiporderCancel(
  client: TopClient,
  request: AlibabaLstShiporderCancelRequest,
  options?: CallOptions,
): Promise<AlibabaLstShiporderCancelResponse> {
  return client.call<AlibabaLstShiporderCancelResponse>(
    {
      method: 'alibaba.lst.shiporder.cancel',
      responseRoot: 'alibaba_lst_shiporder_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
