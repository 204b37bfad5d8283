// Generated from specs/qimen/taobao.qimen.order.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.order.callback` (配送拦截接口). */
export interface TaobaoQimenOrderCallbackRequest {
  request?: TaobaoQimenOrderCallbackOrderCallbackRequestDOInput;
}

/** Response of `taobao.qimen.order.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenOrderCallbackResponse {
  response?: TaobaoQimenOrderCallbackOrderCallbackResponseDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderCallbackRequestDO` of `taobao.qimen.order.callback`. */
export interface TaobaoQimenOrderCallbackOrderCallbackRequestDOInput {
  /** 奇门仓储字段,C123,string(50),, */
  warehouseCode?: string;
  /** 奇门仓储字段,C123,string(50),, */
  ownerCode?: string;
  /** 奇门仓储字段,C123,string(50),, */
  deliveryOrderCode?: string;
  /** 奇门仓储字段,C123,string(50),, */
  orderId?: string;
  /** 运单号 */
  expressCode?: string;
}

/** `OrderCallbackResponseDO` of `taobao.qimen.order.callback`. */
export interface TaobaoQimenOrderCallbackOrderCallbackResponseDO {
  /** 响应结果:success|failure,success,string(10),必填, */
  flag?: string;
  /** 响应码,0,string(50),, */
  code?: string;
  /** 响应信息,invalid appkey,string(100),, */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    warehouseCode: 'String',
    ownerCode: 'String',
    deliveryOrderCode: 'String',
    orderId: 'String',
    expressCode: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.order.callback`: method, response root, request and response schemas. */
export const taobaoQimenOrderCallbackOperation = {
  method: 'taobao.qimen.order.callback',
  responseRoot: 'qimen_order_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 配送拦截接口 — calls TOP method `taobao.qimen.order.callback`.
 *
 * 配送拦截
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenOrderCallback(
  client: TopClient,
  request: TaobaoQimenOrderCallbackRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenOrderCallbackResponse> {
  return client.call<TaobaoQimenOrderCallbackResponse>(
    {
      method: 'taobao.qimen.order.callback',
      responseRoot: 'qimen_order_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
