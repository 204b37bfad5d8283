// Generated from specs/mei/tmall.mei.crm.member.getbypaycode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.mei.crm.member.getbypaycode` (支付码获取会员信息). */
export interface TmallMeiCrmMemberGetbypaycodeRequest {
  /** 会员码 */
  pay_code: string;
}

/** Response of `tmall.mei.crm.member.getbypaycode`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallMeiCrmMemberGetbypaycodeResponse {
  /** result */
  result?: TmallMeiCrmMemberGetbypaycodeResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDTO` of `tmall.mei.crm.member.getbypaycode`. */
export interface TmallMeiCrmMemberGetbypaycodeResultDTO {
  /** total */
  total?: Int64;
  /** result */
  result?: TmallMeiCrmMemberGetbypaycodeMemberAccountDTO;
  /** code */
  code?: string;
  /** msg */
  msg?: string;
}

/** `MemberAccountDTO` of `tmall.mei.crm.member.getbypaycode`. */
export interface TmallMeiCrmMemberGetbypaycodeMemberAccountDTO {
  /** mixMobile，只有有权限的才有值 */
  mix_mobile?: string;
  /** buyerNick，只有有权限的才有值 */
  buyer_nick?: string;
  /** 明文手机号，只有有权限的才有值 */
  clear_mobile?: string;
}

const REQUEST_SCHEMA = {
  pay_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total: 'Number',
    result: {
      mix_mobile: 'String',
      buyer_nick: 'String',
      clear_mobile: 'String',
    },
    code: 'String',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.mei.crm.member.getbypaycode`: method, response root, request and response schemas. */
export const tmallMeiCrmMemberGetbypaycodeOperation = {
  method: 'tmall.mei.crm.member.getbypaycode',
  responseRoot: 'tmall_mei_crm_member_getbypaycode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 支付码获取会员信息 — calls TOP method `tmall.mei.crm.member.getbypaycode`.
 *
 * 通过支付码获取会员信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallMeiCrmMemberGetbypaycode(
  client: TopClient,
  request: TmallMeiCrmMemberGetbypaycodeRequest,
  options?: CallOptions,
): Promise<TmallMeiCrmMemberGetbypaycodeResponse> {
  return client.call<TmallMeiCrmMemberGetbypaycodeResponse>(
    {
      method: 'tmall.mei.crm.member.getbypaycode',
      responseRoot: 'tmall_mei_crm_member_getbypaycode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
