// Generated from specs/tbrefund/taobao.refund.refusereason.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.refund.refusereason.get` (获取拒绝原因列表). */
export interface TaobaoRefundRefusereasonGetRequest {
  /** 售中或售后 */
  refund_phase: string;
  /** 退款编号 */
  refund_id: Int64Input;
  /** 返回参数 */
  fields: string;
}

/** Response of `taobao.refund.refusereason.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRefundRefusereasonGetResponse {
  /** 卖家拒绝原因对象 */
  reasons?: TaobaoRefundRefusereasonGetReason[];
  /** 原因个数 */
  total_results?: Int64;
  /** 是否存在下一页 */
  has_next?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Reason` of `taobao.refund.refusereason.get`. */
export interface TaobaoRefundRefusereasonGetReason {
  /** 原因编号 */
  reason_id?: Int64;
  /** 已经影响商品完好 */
  reason_text?: string;
  /** 已经影响商品完好 */
  reason_tips?: string;
}

const REQUEST_SCHEMA = {
  refund_phase: 'String',
  refund_id: 'Number',
  fields: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  reasons: [
    {
      reason_id: 'Number',
      reason_text: 'String',
      reason_tips: 'String',
    },
  ],
  total_results: 'Number',
  has_next: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.refund.refusereason.get`: method, response root, request and response schemas. */
export const taobaoRefundRefusereasonGetOperation = {
  method: 'taobao.refund.refusereason.get',
  responseRoot: 'refund_refusereason_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取拒绝原因列表 — calls TOP method `taobao.refund.refusereason.get`.
 *
 * 获取商家拒绝原因列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRefundRefusereasonGet(
  client: TopClient,
  request: TaobaoRefundRefusereasonGetRequest,
  options?: CallOptions,
): Promise<TaobaoRefundRefusereasonGetResponse> {
  return client.call<TaobaoRefundRefusereasonGetResponse>(
    {
      method: 'taobao.refund.refusereason.get',
      responseRoot: 'refund_refusereason_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
