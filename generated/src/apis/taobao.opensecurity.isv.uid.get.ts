// Generated from specs/user/taobao.opensecurity.isv.uid.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.opensecurity.isv.uid.get` (获取open security uid for isv). */
export interface TaobaoOpensecurityIsvUidGetRequest {
  /** 基于Appkey生成的open security淘宝用户Id */
  open_uid: string;
}

/** Response of `taobao.opensecurity.isv.uid.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpensecurityIsvUidGetResponse {
  /** open security tbUserId for ISV，淘宝账号对ISV级别的唯一open security ID，用于同一个ISV多个Appkey间数据共享。 */
  open_uid_isv?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  open_uid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  open_uid_isv: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.opensecurity.isv.uid.get`: method, response root, request and response schemas. */
export const taobaoOpensecurityIsvUidGetOperation = {
  method: 'taobao.opensecurity.isv.uid.get',
  responseRoot: 'opensecurity_isv_uid_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取open security uid for isv — calls TOP method `taobao.opensecurity.isv.uid.get`.
 *
 * 根据 open_uid 获取 open_uid_isv 用于同一个 isv的多个app间数据关联
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpensecurityIsvUidGet(
  client: TopClient,
  request: TaobaoOpensecurityIsvUidGetRequest,
  options?: CallOptions,
): Promise<TaobaoOpensecurityIsvUidGetResponse> {
  return client.call<TaobaoOpensecurityIsvUidGetResponse>(
    {
      method: 'taobao.opensecurity.isv.uid.get',
      responseRoot: 'opensecurity_isv_uid_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
