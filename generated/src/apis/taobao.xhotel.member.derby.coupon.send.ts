// Generated from specs/xhotelcrm/taobao.xhotel.member.derby.coupon.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.member.derby.coupon.send` (发券). */
export interface TaobaoXhotelMemberDerbyCouponSendRequest {
  /** 入参模型 */
  param: TaobaoXhotelMemberDerbyCouponSendSendCouponParamInput;
}

/** Response of `taobao.xhotel.member.derby.coupon.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelMemberDerbyCouponSendResponse {
  /** 结果 */
  result?: TaobaoXhotelMemberDerbyCouponSendMsdResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SendCouponParam` of `taobao.xhotel.member.derby.coupon.send`. */
export interface TaobaoXhotelMemberDerbyCouponSendSendCouponParamInput {
  /** 会员卡号 */
  member_card_no: string;
  /** 券有效期截止时间 */
  coupon_end_date: DateInput;
  /** 券实例ID */
  coupon_instance_id: string;
  /** 券有效期开始时间 */
  coupon_start_date: DateInput;
}

/** `MsdResult` of `taobao.xhotel.member.derby.coupon.send`. */
export interface TaobaoXhotelMemberDerbyCouponSendMsdResult {
  /** false */
  success?: boolean;
  /** S_SYS_EXCEPTION */
  err_code?: boolean;
  /** 系统异常 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  param: {
    member_card_no: 'String',
    coupon_end_date: 'Date',
    coupon_instance_id: 'String',
    coupon_start_date: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    err_code: 'Boolean',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.member.derby.coupon.send`: method, response root, request and response schemas. */
export const taobaoXhotelMemberDerbyCouponSendOperation = {
  method: 'taobao.xhotel.member.derby.coupon.send',
  responseRoot: 'xhotel_member_derby_coupon_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发券 — calls TOP method `taobao.xhotel.member.derby.coupon.send`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelMemberDerbyCouponSend(
  client: TopClient,
  request: TaobaoXhotelMemberDerbyCouponSendRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelMemberDerbyCouponSendResponse> {
  return client.call<TaobaoXhotelMemberDerbyCouponSendResponse>(
    {
      method: 'taobao.xhotel.member.derby.coupon.send',
      responseRoot: 'xhotel_member_derby_coupon_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
