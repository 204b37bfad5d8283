// Generated from specs/xhotelcrm/taobao.xhotel.member.alipay.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.member.alipay.query` (希尔顿会员查询). */
export interface TaobaoXhotelMemberAlipayQueryRequest {
  /** 支付宝id */
  alipay_user_id: Int64Input;
  /** 渠道 */
  fpt: string;
}

/** Response of `taobao.xhotel.member.alipay.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelMemberAlipayQueryResponse {
  /** 结果 */
  result?: TaobaoXhotelMemberAlipayQueryHMemberResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HMemberResult` of `taobao.xhotel.member.alipay.query`. */
export interface TaobaoXhotelMemberAlipayQueryHMemberResult {
  /** 数据 */
  module?: TaobaoXhotelMemberAlipayQueryMerchantMemberBindInfoVO;
  /** 状态 */
  success?: boolean;
  /** 错误码 */
  result_code?: string;
  /** 信息 */
  result_info?: string;
}

/** `MerchantMemberBindInfoVO` of `taobao.xhotel.member.alipay.query`. */
export interface TaobaoXhotelMemberAlipayQueryMerchantMemberBindInfoVO {
  /** 渠道 */
  fpt?: string;
  /** 是否完成任务 */
  status?: boolean;
  /** 注册时间 */
  time?: string;
  /** 1.未注册/非支付宝端注册的会员2.未注册成功3.非新会员 */
  reason?: string;
}

const REQUEST_SCHEMA = {
  alipay_user_id: 'Number',
  fpt: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      fpt: 'String',
      status: 'Boolean',
      time: 'String',
      reason: 'String',
    },
    success: 'Boolean',
    result_code: 'String',
    result_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.member.alipay.query`: method, response root, request and response schemas. */
export const taobaoXhotelMemberAlipayQueryOperation = {
  method: 'taobao.xhotel.member.alipay.query',
  responseRoot: 'xhotel_member_alipay_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 希尔顿会员查询 — calls TOP method `taobao.xhotel.member.alipay.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelMemberAlipayQuery(
  client: TopClient,
  request: TaobaoXhotelMemberAlipayQueryRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelMemberAlipayQueryResponse> {
  return client.call<TaobaoXhotelMemberAlipayQueryResponse>(
    {
      method: 'taobao.xhotel.member.alipay.query',
      responseRoot: 'xhotel_member_alipay_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
