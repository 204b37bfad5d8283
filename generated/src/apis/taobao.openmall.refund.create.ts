// Generated from specs/openmall/taobao.openmall.refund.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openmall.refund.create` (创建OpenMall退款单). */
export interface TaobaoOpenmallRefundCreateRequest {
  /** 分销者联盟身份 */
  distributor: string;
  /** 货品状态，可选值 BUYER_NOT_RECEIVED（买家未收到货）、BUYER_RECEIVED（买家已收到货）、UNSHIPPED（未发货） */
  goods_status: string;
  /** 买家的退货描述 */
  refund_desc: string;
  /** 退款金额，分 */
  refund_fee: Int64Input;
  /** 退款类别，可选值OTHER_REASON（其他）、SEVEN_DAYS_WITHOUT_REASON（7天无理由，不退邮费） */
  refund_reason: string;
  /** 退款类型，可选值refund（仅退款）、return_and_refund（退款退货） */
  refund_type: string;
  /** 订单号 */
  tid: Int64Input;
}

/** Response of `taobao.openmall.refund.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenmallRefundCreateResponse {
  /** 退款ID */
  refund_id?: Int64;
  /** 退款单状态 */
  status?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  distributor: 'String',
  goods_status: 'String',
  refund_desc: 'String',
  refund_fee: 'Number',
  refund_reason: 'String',
  refund_type: 'String',
  tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  refund_id: 'Number',
  status: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openmall.refund.create`: method, response root, request and response schemas. */
export const taobaoOpenmallRefundCreateOperation = {
  method: 'taobao.openmall.refund.create',
  responseRoot: 'openmall_refund_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建OpenMall退款单 — calls TOP method `taobao.openmall.refund.create`.
 *
 * 创建OpenMall退款单
 * 如存在未完结的退款单，则返回该退款单ID
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenmallRefundCreate(
  client: TopClient,
  request: TaobaoOpenmallRefundCreateRequest,
  options?: CallOptions,
): Promise<TaobaoOpenmallRefundCreateResponse> {
  return client.call<TaobaoOpenmallRefundCreateResponse>(
    {
      method: 'taobao.openmall.refund.create',
      responseRoot: 'openmall_refund_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
