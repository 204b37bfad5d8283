// Generated from specs/user/taobao.koubei.tribe.open.verify.code.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.koubei.tribe.open.verify.code.apply` (口碑综合体手机号获取验证码). */
export interface TaobaoKoubeiTribeOpenVerifyCodeApplyRequest {
  /** 数据集id */
  data_set_id: string;
  /** 手机号 */
  phone: string;
}

/** Response of `taobao.koubei.tribe.open.verify.code.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoKoubeiTribeOpenVerifyCodeApplyResponse {
  /** 接口返回model */
  result?: TaobaoKoubeiTribeOpenVerifyCodeApplyResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.koubei.tribe.open.verify.code.apply`. */
export interface TaobaoKoubeiTribeOpenVerifyCodeApplyResult {
  /** traceId */
  trace_id?: string;
  /** 用户信息DTO */
  data?: TaobaoKoubeiTribeOpenVerifyCodeApplyUserInfoDto;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  error?: string;
}

/** `UserInfoDto` of `taobao.koubei.tribe.open.verify.code.apply`. */
export interface TaobaoKoubeiTribeOpenVerifyCodeApplyUserInfoDto {
  /** 用户结果code集 */
  user_result_code?: TaobaoKoubeiTribeOpenVerifyCodeApplyUserResultCode;
}

/** `UserResultCode` of `taobao.koubei.tribe.open.verify.code.apply`. */
export interface TaobaoKoubeiTribeOpenVerifyCodeApplyUserResultCode {
  /** 结果code */
  result_code?: string;
  /** 结果类型type */
  result_type?: string;
  /** 结果描述msg */
  result_msg?: string;
}

const REQUEST_SCHEMA = {
  data_set_id: 'String',
  phone: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    data: {
      user_result_code: {
        result_code: 'String',
        result_type: 'String',
        result_msg: 'String',
      },
    },
    success: 'Boolean',
    error: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.koubei.tribe.open.verify.code.apply`: method, response root, request and response schemas. */
export const taobaoKoubeiTribeOpenVerifyCodeApplyOperation = {
  method: 'taobao.koubei.tribe.open.verify.code.apply',
  responseRoot: 'koubei_tribe_open_verify_code_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 口碑综合体手机号获取验证码 — calls TOP method `taobao.koubei.tribe.open.verify.code.apply`.
 *
 * 口碑综合体通过手机号获取验证码对外开放接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoKoubeiTribeOpenVerifyCodeApply(
  client: TopClient,
  request: TaobaoKoubeiTribeOpenVerifyCodeApplyRequest,
  options?: CallOptions,
): Promise<TaobaoKoubeiTribeOpenVerifyCodeApplyResponse> {
  return client.call<TaobaoKoubeiTribeOpenVerifyCodeApplyResponse>(
    {
      method: 'taobao.koubei.tribe.open.verify.code.apply',
      responseRoot: 'koubei_tribe_open_verify_code_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
