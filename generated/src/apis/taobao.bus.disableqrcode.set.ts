// Generated from specs/bus/taobao.bus.disableqrcode.set.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.disableqrcode.set` (自助机失效二维码). */
export interface TaobaoBusDisableqrcodeSetRequest {
  /** 飞猪订单号 */
  alitrip_order_id: string;
}

/** Response of `taobao.bus.disableqrcode.set`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusDisableqrcodeSetResponse {
  /** errorCode */
  result_code?: string;
  /** errorMsg */
  result_msg?: string;
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  alitrip_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.disableqrcode.set`: method, response root, request and response schemas. */
export const taobaoBusDisableqrcodeSetOperation = {
  method: 'taobao.bus.disableqrcode.set',
  responseRoot: 'bus_disableqrcode_set_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自助机失效二维码 — calls TOP method `taobao.bus.disableqrcode.set`.
 *
 * 使创建的二维码失效
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusDisableqrcodeSet(
  client: TopClient,
  request: TaobaoBusDisableqrcodeSetRequest,
  options?: CallOptions,
): Promise<TaobaoBusDisableqrcodeSetResponse> {
  return client.call<TaobaoBusDisableqrcodeSetResponse>(
    {
      method: 'taobao.bus.disableqrcode.set',
      responseRoot: 'bus_disableqrcode_set_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
