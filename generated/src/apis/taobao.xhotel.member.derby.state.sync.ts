// Generated from specs/xhotelcrm/taobao.xhotel.member.derby.state.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.member.derby.state.sync` (德比侧同步卡、券状态接口). */
export interface TaobaoXhotelMemberDerbyStateSyncRequest {
  /** 入参 */
  param?: TaobaoXhotelMemberDerbyStateSyncStateSynchronizeParamInput;
}

/** Response of `taobao.xhotel.member.derby.state.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelMemberDerbyStateSyncResponse {
  /** 结果 */
  result?: TaobaoXhotelMemberDerbyStateSyncMsdResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StateSynchronizeParam` of `taobao.xhotel.member.derby.state.sync`. */
export interface TaobaoXhotelMemberDerbyStateSyncStateSynchronizeParamInput {
  /** 卡有效期截止时间 */
  card_end_date?: DateInput;
  /** 卡有效期开始时间 */
  card_start_date?: DateInput;
  /** 券信息 */
  coupon_active_param_list?: TaobaoXhotelMemberDerbyStateSyncCouponActiveParamInput[];
  /** action类型 */
  op_type: string;
  /** action渠道 */
  channel: string;
  /** 券实例ID */
  coupon_instance_id?: string;
  /** 飞猪订单号 */
  fliggy_order_id?: string;
  /** 卡实例ID */
  card_instance_id?: string;
  /** 会员卡号 */
  member_card_no: string;
}

/** `CouponActiveParam` of `taobao.xhotel.member.derby.state.sync`. */
export interface TaobaoXhotelMemberDerbyStateSyncCouponActiveParamInput {
  /** 券有效期截止时间 */
  coupon_end_date?: DateInput;
  /** 券实例ID */
  coupon_instance_id?: string;
  /** 券有效期考试时间 */
  coupon_start_date?: DateInput;
}

/** `MsdResult` of `taobao.xhotel.member.derby.state.sync`. */
export interface TaobaoXhotelMemberDerbyStateSyncMsdResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: boolean;
  /** 错误信息 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  param: {
    card_end_date: 'Date',
    card_start_date: 'Date',
    coupon_active_param_list: [
      {
        coupon_end_date: 'Date',
        coupon_instance_id: 'String',
        coupon_start_date: 'Date',
      },
    ],
    op_type: 'String',
    channel: 'String',
    coupon_instance_id: 'String',
    fliggy_order_id: 'String',
    card_instance_id: 'String',
    member_card_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    err_code: 'Boolean',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.member.derby.state.sync`: method, response root, request and response schemas. */
export const taobaoXhotelMemberDerbyStateSyncOperation = {
  method: 'taobao.xhotel.member.derby.state.sync',
  responseRoot: 'xhotel_member_derby_state_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 德比侧同步卡、券状态接口 — calls TOP method `taobao.xhotel.member.derby.state.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelMemberDerbyStateSync(
  client: TopClient,
  request: TaobaoXhotelMemberDerbyStateSyncRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelMemberDerbyStateSyncResponse> {
  return client.call<TaobaoXhotelMemberDerbyStateSyncResponse>(
    {
      method: 'taobao.xhotel.member.derby.state.sync',
      responseRoot: 'xhotel_member_derby_state_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
