// Generated from specs/user/taobao.open.account.token.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.open.account.token.apply` (申请免登Open Account Token). */
export interface TaobaoOpenAccountTokenApplyRequest {
  /** isv自己账号的唯一id */
  isv_account_id?: string;
  /** ISV APP的登录态时长单位是秒 */
  login_state_expire_in?: Int64Input;
  /** open account id */
  open_account_id?: Int64Input;
  /** 时间戳单位是毫秒 */
  token_timestamp?: Int64Input;
  /** 用于防重放的唯一id */
  uuid?: string;
  /** 用于透传一些业务附加参数 */
  ext?: string | Record<string, unknown>;
}

/** Response of `taobao.open.account.token.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenAccountTokenApplyResponse {
  /** 返回的token结果 */
  data?: TaobaoOpenAccountTokenApplyOpenAccountTokenApplyResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenAccountTokenApplyResult` of `taobao.open.account.token.apply`. */
export interface TaobaoOpenAccountTokenApplyOpenAccountTokenApplyResult {
  /** 错误码 */
  code?: Int64;
  /** token */
  data?: string;
  /** 错误信息 */
  message?: string;
  /** 是否成功 */
  successful?: boolean;
}

const REQUEST_SCHEMA = {
  isv_account_id: 'String',
  login_state_expire_in: 'Number',
  open_account_id: 'Number',
  token_timestamp: 'Number',
  uuid: 'String',
  ext: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    code: 'Number',
    data: 'String',
    message: 'String',
    successful: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.open.account.token.apply`: method, response root, request and response schemas. */
export const taobaoOpenAccountTokenApplyOperation = {
  method: 'taobao.open.account.token.apply',
  responseRoot: 'open_account_token_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 申请免登Open Account Token — calls TOP method `taobao.open.account.token.apply`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenAccountTokenApply(
  client: TopClient,
  request: TaobaoOpenAccountTokenApplyRequest = {},
  options?: CallOptions,
): Promise<TaobaoOpenAccountTokenApplyResponse> {
  return client.call<TaobaoOpenAccountTokenApplyResponse>(
    {
      method: 'taobao.open.account.token.apply',
      responseRoot: 'open_account_token_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
