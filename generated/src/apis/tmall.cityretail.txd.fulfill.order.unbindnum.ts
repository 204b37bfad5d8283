// Generated from specs/wdk/tmall.cityretail.txd.fulfill.order.unbindnum.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.cityretail.txd.fulfill.order.unbindnum` (淘鲜达虚拟号服务解绑接口). */
export interface TmallCityretailTxdFulfillOrderUnbindnumRequest {
  /** 淘鲜达交易单号 */
  source_order_id: string;
  /** 订阅关系id */
  sub_id: string;
}

/** Response of `tmall.cityretail.txd.fulfill.order.unbindnum`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCityretailTxdFulfillOrderUnbindnumResponse {
  /** 返回结果 */
  result?: TmallCityretailTxdFulfillOrderUnbindnumWorkResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkResult` of `tmall.cityretail.txd.fulfill.order.unbindnum`. */
export interface TmallCityretailTxdFulfillOrderUnbindnumWorkResult {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 返回结果 */
  result_data?: boolean;
}

const REQUEST_SCHEMA = {
  source_order_id: 'String',
  sub_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_message: 'String',
    is_success: 'Boolean',
    result_data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.cityretail.txd.fulfill.order.unbindnum`: method, response root, request and response schemas. */
export const tmallCityretailTxdFulfillOrderUnbindnumOperation = {
  method: 'tmall.cityretail.txd.fulfill.order.unbindnum',
  responseRoot: 'tmall_cityretail_txd_fulfill_order_unbindnum_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘鲜达虚拟号服务解绑接口 — calls TOP method `tmall.cityretail.txd.fulfill.order.unbindnum`.
 *
 * 淘鲜达虚拟号解绑服务接口，通过订阅关系id进行解绑。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCityretailTxdFulfillOrderUnbindnum(
  client: TopClient,
  request: TmallCityretailTxdFulfillOrderUnbindnumRequest,
  options?: CallOptions,
): Promise<TmallCityretailTxdFulfillOrderUnbindnumResponse> {
  return client.call<TmallCityretailTxdFulfillOrderUnbindnumResponse>(
    {
      method: 'tmall.cityretail.txd.fulfill.order.unbindnum',
      responseRoot: 'tmall_cityretail_txd_fulfill_order_unbindnum_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
