// Generated from specs/openmall/taobao.openmall.trade.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openmall.trade.confirm` (确认收货). */
export interface TaobaoOpenmallTradeConfirmRequest {
  /** 分销者信息 */
  distributor: string;
  /** 淘宝订单号 */
  tid: Int64Input;
}

/** Response of `taobao.openmall.trade.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenmallTradeConfirmResponse {
  /** 返回结果 */
  result?: TaobaoOpenmallTradeConfirmTopTradeResultVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopTradeResultVo` of `taobao.openmall.trade.confirm`. */
export interface TaobaoOpenmallTradeConfirmTopTradeResultVo {
  /** 淘宝交易单ID */
  tid?: string;
}

const REQUEST_SCHEMA = {
  distributor: 'String',
  tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    tid: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.openmall.trade.confirm`: method, response root, request and response schemas. */
export const taobaoOpenmallTradeConfirmOperation = {
  method: 'taobao.openmall.trade.confirm',
  responseRoot: 'openmall_trade_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 确认收货 — calls TOP method `taobao.openmall.trade.confirm`.
 *
 * 确认订单收货
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenmallTradeConfirm(
  client: TopClient,
  request: TaobaoOpenmallTradeConfirmRequest,
  options?: CallOptions,
): Promise<TaobaoOpenmallTradeConfirmResponse> {
  return client.call<TaobaoOpenmallTradeConfirmResponse>(
    {
      method: 'taobao.openmall.trade.confirm',
      responseRoot: 'openmall_trade_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
