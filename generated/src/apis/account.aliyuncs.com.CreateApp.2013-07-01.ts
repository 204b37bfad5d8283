// Generated from specs/aliyun/account.aliyuncs.com.CreateApp.2013-07-01.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `account.aliyuncs.com.CreateApp.2013-07-01` (给指定用户创建appkey). */
export interface AccountAliyuncsComCreateApp20130701Request {}

/** Response of `account.aliyuncs.com.CreateApp.2013-07-01`: TOP returns only requested, non-null fields, so all are optional. */
export interface AccountAliyuncsComCreateApp20130701Response {
  /** 返回错误码 */
  code?: string;
  /** 返回调用信息 */
  message?: string;
  /** 返回结果 */
  result_data?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  code: 'String',
  message: 'String',
  result_data: 'String',
} as const satisfies ObjectSchema;

/** Static description of `account.aliyuncs.com.CreateApp.2013-07-01`: method, response root, request and response schemas. */
export const accountAliyuncsComCreateApp20130701Operation = {
  method: 'account.aliyuncs.com.CreateApp.2013-07-01',
  responseRoot: 'account_aliyuncs_com_CreateApp_2013-07-01_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 给指定用户创建appkey — calls TOP method `account.aliyuncs.com.CreateApp.2013-07-01`.
 *
 * 为某个用户创建appkey
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function accountAliyuncsComCreateApp20130701(
  client: TopClient,
  request: AccountAliyuncsComCreateApp20130701Request = {},
  options?: CallOptions,
): Promise<AccountAliyuncsComCreateApp20130701Response> {
  return client.call<AccountAliyuncsComCreateApp20130701Response>(
    {
      method: 'account.aliyuncs.com.CreateApp.2013-07-01',
      responseRoot: 'account_aliyuncs_com_CreateApp_2013-07-01_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
