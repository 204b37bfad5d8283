// Generated from specs/jym/taobao.jym.member.realname.verify.withoutuid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jym.member.realname.verify.withoutuid` (用户实名认证). */
export interface TaobaoJymMemberRealnameVerifyWithoutuidRequest {
  /** 加密名字串 */
  encrypt_name?: string;
  /** 加密身份证串 */
  encrypt_id_no?: string;
}

/** Response of `taobao.jym.member.realname.verify.withoutuid`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJymMemberRealnameVerifyWithoutuidResponse {
  /** 实名认证结果 */
  result?: TaobaoJymMemberRealnameVerifyWithoutuidResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `taobao.jym.member.realname.verify.withoutuid`. */
export interface TaobaoJymMemberRealnameVerifyWithoutuidResultDto {
  /** 1 */
  result?: TaobaoJymMemberRealnameVerifyWithoutuidRealNameVerifyTopDto;
  /** 调用是否成功 */
  succ?: boolean;
  /** 调用接口结果编码 */
  state_code?: string;
  /** 调用接口异常信息明细 */
  extra_err_msg?: string;
}

/** `RealNameVerifyTopDto` of `taobao.jym.member.realname.verify.withoutuid`. */
export interface TaobaoJymMemberRealnameVerifyWithoutuidRealNameVerifyTopDto {
  /** 实名校验结果信息 */
  verify_msg?: string;
  /** 实名校验结果信息 */
  verify_code?: Int64;
  /** 实名校验结果信息 */
  identity_code?: string;
}

const REQUEST_SCHEMA = {
  encrypt_name: 'String',
  encrypt_id_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: {
      verify_msg: 'String',
      verify_code: 'Number',
      identity_code: 'String',
    },
    succ: 'Boolean',
    state_code: 'String',
    extra_err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.jym.member.realname.verify.withoutuid`: method, response root, request and response schemas. */
export const taobaoJymMemberRealnameVerifyWithoutuidOperation = {
  method: 'taobao.jym.member.realname.verify.withoutuid',
  responseRoot: 'jym_member_realname_verify_withoutuid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户实名认证 — calls TOP method `taobao.jym.member.realname.verify.withoutuid`.
 *
 * 开放用户实名认证接口使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJymMemberRealnameVerifyWithoutuid(
  client: TopClient,
  request: TaobaoJymMemberRealnameVerifyWithoutuidRequest = {},
  options?: CallOptions,
): Promise<TaobaoJymMemberRealnameVerifyWithoutuidResponse> {
  return client.call<TaobaoJymMemberRealnameVerifyWithoutuidResponse>(
    {
      method: 'taobao.jym.member.realname.verify.withoutuid',
      responseRoot: 'jym_member_realname_verify_withoutuid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
