// Generated from specs/alisports/alibaba.alisports.passport.account.tokenvalidate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alisports.passport.account.tokenvalidate` (阿里体育会员系统帐号登录注册token验证接口). */
export interface AlibabaAlisportsPassportAccountTokenvalidateRequest {
  /** 业务方appkey */
  alisp_app_key: string;
  /** 签名 */
  alisp_sign: string;
  /** token */
  token?: string;
  /** 注册用户类型 */
  user_type?: Int64Input;
  /** 时间戳 */
  alisp_time: string;
  /** 一键登录参数 */
  secret?: string;
  /** json字符串，传入扩展字段 */
  ext_info?: string;
  /** 选填，调用百川登录接口的appkey，百川登录时，需要传此字段 */
  mtop_appkey?: string;
}

/** Response of `alibaba.alisports.passport.account.tokenvalidate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlisportsPassportAccountTokenvalidateResponse {
  /** 返回状态码 */
  alisp_code?: Int64;
  /** 返回状态信息 */
  alisp_msg?: string;
  /** 返回数据结果 */
  alisp_data?: AlibabaAlisportsPassportAccountTokenvalidateAlispData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AlispData` of `alibaba.alisports.passport.account.tokenvalidate`. */
export interface AlibabaAlisportsPassportAccountTokenvalidateAlispData {
  /** secret */
  secret?: string;
}

const REQUEST_SCHEMA = {
  alisp_app_key: 'String',
  alisp_sign: 'String',
  token: 'String',
  user_type: 'Number',
  alisp_time: 'String',
  secret: 'String',
  ext_info: 'String',
  mtop_appkey: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  alisp_code: 'Number',
  alisp_msg: 'String',
  alisp_data: {
    secret: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alisports.passport.account.tokenvalidate`: method, response root, request and response schemas. */
export const alibabaAlisportsPassportAccountTokenvalidateOperation = {
  method: 'alibaba.alisports.passport.account.tokenvalidate',
  responseRoot: 'alibaba_alisports_passport_account_tokenvalidate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里体育会员系统帐号登录注册token验证接口 — calls TOP method `alibaba.alisports.passport.account.tokenvalidate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlisportsPassportAccountTokenvalidate(
  client: TopClient,
  request: AlibabaAlisportsPassportAccountTokenvalidateRequest,
  options?: CallOptions,
): Promise<AlibabaAlisportsPassportAccountTokenvalidateResponse> {
  return client.call<AlibabaAlisportsPassportAccountTokenvalidateResponse>(
    {
      method: 'alibaba.alisports.passport.account.tokenvalidate',
      responseRoot: 'alibaba_alisports_passport_account_tokenvalidate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
