// Generated from specs/aliyun/account.aliyuncs.com.CreateAliyunAccount.2013-07-01.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `account.aliyuncs.com.CreateAliyunAccount.2013-07-01` (创建阿里云账号). */
export interface AccountAliyuncsComCreateAliyunAccount20130701Request {}

/** Response of `account.aliyuncs.com.CreateAliyunAccount.2013-07-01`: TOP returns only requested, non-null fields, so all are optional. */
export interface AccountAliyuncsComCreateAliyunAccount20130701Response {
  /** 返回结果 */
  result_data?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_data: 'String',
} as const satisfies ObjectSchema;

/** Static description of `account.aliyuncs.com.CreateAliyunAccount.2013-07-01`: method, response root, request and response schemas. */
export const accountAliyuncsComCreateAliyunAccount20130701Operation = {
  method: 'account.aliyuncs.com.CreateAliyunAccount.2013-07-01',
  responseRoot: 'account_aliyuncs_com_CreateAliyunAccount_2013-07-01_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建阿里云账号 — calls TOP method `account.aliyuncs.com.CreateAliyunAccount.2013-07-01`.
 *
 * 根据给定的阿里云账号，密码以及手机号创建阿里云账号
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function accountAliyuncsComCreateAliyunAccount20130701(
  client: TopClient,
  request: AccountAliyuncsComCreateAliyunAccount20130701Request = {},
  options?: CallOptions,
): Promise<AccountAliyuncsComCreateAliyunAccount20130701Response> {
  return client.call<AccountAliyuncsComCreateAliyunAccount20130701Response>(
    {
      method: 'account.aliyuncs.com.CreateAliyunAccount.2013-07-01',
      responseRoot: 'account_aliyuncs_com_CreateAliyunAccount_2013-07-01_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
