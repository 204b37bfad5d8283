// Generated from specs/aliyun/account.aliyuncs.com.DeleteAppForBid.2013-07-01.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `account.aliyuncs.com.DeleteAppForBid.2013-07-01` (运营商删除用户的appkey). */
export interface AccountAliyuncsComDeleteAppForBid20130701Request {
  /** 要删除的appkey的所有者用户的pk */
  OwnerId: string;
  /** 要删除的appkey */
  OwnerAppkey: string;
}

/** Response of `account.aliyuncs.com.DeleteAppForBid.2013-07-01`: TOP returns only requested, non-null fields, so all are optional. */
export interface AccountAliyuncsComDeleteAppForBid20130701Response {
  /** 用户删除的appkey */
  AppKey?: string;
  /** 调用描述信息 */
  Message?: string;
  /** 结果code */
  Code?: string;
  /** 入参的requestId */
  RequestId?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  OwnerId: 'String',
  OwnerAppkey: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  AppKey: 'String',
  Message: 'String',
  Code: 'String',
  RequestId: 'String',
} as const satisfies ObjectSchema;

/** Static description of `account.aliyuncs.com.DeleteAppForBid.2013-07-01`: method, response root, request and response schemas. */
export const accountAliyuncsComDeleteAppForBid20130701Operation = {
  method: 'account.aliyuncs.com.DeleteAppForBid.2013-07-01',
  responseRoot: 'account_aliyuncs_com_DeleteAppForBid_2013-07-01_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 运营商删除用户的appkey — calls TOP method `account.aliyuncs.com.DeleteAppForBid.2013-07-01`.
 *
 * 删除用户的appkey，会校验调用的用户是否为当前运营商所创建的。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function accountAliyuncsComDeleteAppForBid20130701(
  client: TopClient,
  request: AccountAliyuncsComDeleteAppForBid20130701Request,
  options?: CallOptions,
): Promise<AccountAliyuncsComDeleteAppForBid20130701Response> {
  return client.call<AccountAliyuncsComDeleteAppForBid20130701Response>(
    {
      method: 'account.aliyuncs.com.DeleteAppForBid.2013-07-01',
      responseRoot: 'account_aliyuncs_com_DeleteAppForBid_2013-07-01_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
