// Generated from specs/user/account.aliyuncs.com.GetPubKey.2013-07-01.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `account.aliyuncs.com.GetPubKey.2013-07-01` (获取用户公钥). */
export interface AccountAliyuncsComGetPubKey20130701Request {
  /** appkey */
  OwnerAppkey: string;
}

/** Response of `account.aliyuncs.com.GetPubKey.2013-07-01`: TOP returns only requested, non-null fields, so all are optional. */
export interface AccountAliyuncsComGetPubKey20130701Response {
  /** 用户的公钥 */
  PubKey?: string;
  /** appkey的OwnerId */
  OwnerId?: string;
  /** 用户appkey的类型 */
  KeyType?: string;
  /** 创建key的时间 */
  CreateTime?: string;
  /** RequestId */
  RequestId?: string;
  /** Message */
  Message?: string;
  /** 返回code */
  Code?: string;
  /** 用户的appkey */
  AppKey?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  OwnerAppkey: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  PubKey: 'String',
  OwnerId: 'String',
  KeyType: 'String',
  CreateTime: 'Date',
  RequestId: 'String',
  Message: 'String',
  Code: 'String',
  AppKey: 'String',
} as const satisfies ObjectSchema;

/** Static description of `account.aliyuncs.com.GetPubKey.2013-07-01`: method, response root, request and response schemas. */
export const accountAliyuncsComGetPubKey20130701Operation = {
  method: 'account.aliyuncs.com.GetPubKey.2013-07-01',
  responseRoot: 'account_aliyuncs_com_GetPubKey_2013-07-01_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取用户公钥 — calls TOP method `account.aliyuncs.com.GetPubKey.2013-07-01`.
 *
 * 根据用户的appkey查询用户的pubkey
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function accountAliyuncsComGetPubKey20130701(
  client: TopClient,
  request: AccountAliyuncsComGetPubKey20130701Request,
  options?: CallOptions,
): Promise<AccountAliyuncsComGetPubKey20130701Response> {
  return client.call<AccountAliyuncsComGetPubKey20130701Response>(
    {
      method: 'account.aliyuncs.com.GetPubKey.2013-07-01',
      responseRoot: 'account_aliyuncs_com_GetPubKey_2013-07-01_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
