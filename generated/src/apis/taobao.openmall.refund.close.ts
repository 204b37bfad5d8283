// Generated from specs/openmall/taobao.openmall.refund.close.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openmall.refund.close` (关闭OpenMall退款单). */
export interface TaobaoOpenmallRefundCloseRequest {
  /** 渠道 */
  distributor: string;
  /** 退款ID */
  refund_id: Int64Input;
}

/** Response of `taobao.openmall.refund.close`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenmallRefundCloseResponse {
  /** 是否关闭成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  distributor: 'String',
  refund_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openmall.refund.close`: method, response root, request and response schemas. */
export const taobaoOpenmallRefundCloseOperation = {
  method: 'taobao.openmall.refund.close',
  responseRoot: 'openmall_refund_close_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 关闭OpenMall退款单 — calls TOP method `taobao.openmall.refund.close`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenmallRefundClose(
  client: TopClient,
  request: TaobaoOpenmallRefundCloseRequest,
  options?: CallOptions,
): Promise<TaobaoOpenmallRefundCloseResponse> {
  return client.call<TaobaoOpenmallRefundCloseResponse>(
    {
      method: 'taobao.openmall.refund.close',
      responseRoot: 'openmall_refund_close_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
