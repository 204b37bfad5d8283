// Generated from specs/nrt/tmall.nrt.member.openid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.member.openid` (根据会员手机查询openId). */
export interface TmallNrtMemberOpenidRequest {
  /** 会员DTO */
  nrt_member_dto: TmallNrtMemberOpenidNrtMemberDTOInput;
}

/** Response of `tmall.nrt.member.openid`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtMemberOpenidResponse {
  /** 返回结果 */
  result?: TmallNrtMemberOpenidResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrtMemberDTO` of `tmall.nrt.member.openid`. */
export interface TmallNrtMemberOpenidNrtMemberDTOInput {
  /** 手机号 */
  phone: string;
  /** 会员类型（1，喵零；2会员通） */
  member_type?: Int64Input;
  /** 业务身份 */
  biz_code?: string;
  /** 验证码 */
  sms_code?: string;
}

/** `ResultDo` of `tmall.nrt.member.openid`. */
export interface TmallNrtMemberOpenidResultDo {
  /** 错误码 */
  code?: string;
  /** 返回的业务数据 */
  data?: TmallNrtMemberOpenidMemberSynResponse;
  /** 错误信息 */
  msg?: string;
  /** 是否成功 */
  succ?: boolean;
}

/** `MemberSynResponse` of `tmall.nrt.member.openid`. */
export interface TmallNrtMemberOpenidMemberSynResponse {
  /** 加密后的taoId */
  open_id?: string;
}

const REQUEST_SCHEMA = {
  nrt_member_dto: {
    phone: 'String',
    member_type: 'Number',
    biz_code: 'String',
    sms_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      open_id: 'String',
    },
    msg: 'String',
    succ: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.member.openid`: method, response root, request and response schemas. */
export const tmallNrtMemberOpenidOperation = {
  method: 'tmall.nrt.member.openid',
  responseRoot: 'tmall_nrt_member_openid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据会员手机查询openId — calls TOP method `tmall.nrt.member.openid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtMemberOpenid(
  client: TopClient,
  request: TmallNrtMemberOpenidRequest,
  options?: CallOptions,
): Promise<TmallNrtMemberOpenidResponse> {
  return client.call<TmallNrtMemberOpenidResponse>(
    {
      method: 'tmall.nrt.member.openid',
      responseRoot: 'tmall_nrt_member_openid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
