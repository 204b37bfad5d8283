// Generated from specs/bus/taobao.bus.tvmpayorder.set.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.tvmpayorder.set` (自助机条形码被动支付). */
export interface TaobaoBusTvmpayorderSetRequest {
  /** 条形码认证码 */
  alipay_auth_code: string;
  /** 飞猪订单号 */
  alitrip_order_id: string;
}

/** Response of `taobao.bus.tvmpayorder.set`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusTvmpayorderSetResponse {
  /** errorCode 线下扫码支付 错误码 */
  result_code?: string;
  /** errorMsg 错误信息 */
  result_msg?: string;
  /** payTime */
  pay_time?: string;
  /** success true 成功 false 失败 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  alipay_auth_code: 'String',
  alitrip_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  pay_time: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.tvmpayorder.set`: method, response root, request and response schemas. */
export const taobaoBusTvmpayorderSetOperation = {
  method: 'taobao.bus.tvmpayorder.set',
  responseRoot: 'bus_tvmpayorder_set_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自助机条形码被动支付 — calls TOP method `taobao.bus.tvmpayorder.set`.
 *
 * 汽车票线下自助机条形码支付
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusTvmpayorderSet(
  client: TopClient,
  request: TaobaoBusTvmpayorderSetRequest,
  options?: CallOptions,
): Promise<TaobaoBusTvmpayorderSetResponse> {
  return client.call<TaobaoBusTvmpayorderSetResponse>(
    {
      method: 'taobao.bus.tvmpayorder.set',
      responseRoot: 'bus_tvmpayorder_set_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
