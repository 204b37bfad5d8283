// Generated from specs/openmall/taobao.openmall.refund.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openmall.refund.modify` (修改OpenMall退款申请). */
export interface TaobaoOpenmallRefundModifyRequest {
  /** 退款类型，可选值refund（仅退款）、return_and_refund（退款退货） */
  refund_type: string;
  /** 退款金额，分 */
  refund_fee: Int64Input;
  /** 买家的退货描述 */
  refund_desc: string;
  /** 货品状态，可选值 BUYER_NOT_RECEIVED（买家未收到货）、BUYER_RECEIVED（买家已收到货）、UNSHIPPED（未发货） */
  goods_status: string;
  /** 退款类别，可选值OTHER_REASON（其他，默认）、SEVEN_DAYS_WITHOUT_REASON（7天无理由，不退邮费） */
  refund_reason: string;
  /** 分销者联盟身份 */
  distributor: string;
  /** 退款单ID */
  refund_id: Int64Input;
}

/** Response of `taobao.openmall.refund.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenmallRefundModifyResponse {
  /** 结果 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  refund_type: 'String',
  refund_fee: 'Number',
  refund_desc: 'String',
  goods_status: 'String',
  refund_reason: 'String',
  distributor: 'String',
  refund_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openmall.refund.modify`: method, response root, request and response schemas. */
export const taobaoOpenmallRefundModifyOperation = {
  method: 'taobao.openmall.refund.modify',
  responseRoot: 'openmall_refund_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改OpenMall退款申请 — calls TOP method `taobao.openmall.refund.modify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenmallRefundModify(
  client: TopClient,
  request: TaobaoOpenmallRefundModifyRequest,
  options?: CallOptions,
): Promise<TaobaoOpenmallRefundModifyResponse> {
  return client.call<TaobaoOpenmallRefundModifyResponse>(
    {
      method: 'taobao.openmall.refund.modify',
      responseRoot: 'openmall_refund_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
