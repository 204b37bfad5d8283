// Generated from specs/omniorder/taobao.omni.order.goods.ready.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omni.order.goods.ready` (备货完成). */
export interface TaobaoOmniOrderGoodsReadyRequest {
  /** 订单id */
  order_id: Int64Input;
}

/** Response of `taobao.omni.order.goods.ready`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniOrderGoodsReadyResponse {
  /** 返回结果对象 */
  result?: TaobaoOmniOrderGoodsReadyResultDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDO` of `taobao.omni.order.goods.ready`. */
export interface TaobaoOmniOrderGoodsReadyResultDO {
  /** 是否备货成功 */
  data?: boolean;
  /** 调用是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: Int64;
  /** 错误信息 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    err_code: 'Number',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.omni.order.goods.ready`: method, response root, request and response schemas. */
export const taobaoOmniOrderGoodsReadyOperation = {
  method: 'taobao.omni.order.goods.ready',
  responseRoot: 'omni_order_goods_ready_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 备货完成 — calls TOP method `taobao.omni.order.goods.ready`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniOrderGoodsReady(
  client: TopClient,
  request: TaobaoOmniOrderGoodsReadyRequest,
  options?: CallOptions,
): Promise<TaobaoOmniOrderGoodsReadyResponse> {
  return client.call<TaobaoOmniOrderGoodsReadyResponse>(
    {
      method: 'taobao.omni.order.goods.ready',
      responseRoot: 'omni_order_goods_ready_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
