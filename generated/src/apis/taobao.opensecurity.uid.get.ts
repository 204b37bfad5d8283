// Generated from specs/user/taobao.opensecurity.uid.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.opensecurity.uid.get` (淘宝open security uid 获取接口). */
export interface TaobaoOpensecurityUidGetRequest {
  /** 淘宝用户ID */
  tb_user_id: Int64Input;
}

/** Response of `taobao.opensecurity.uid.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpensecurityUidGetResponse {
  /** open security tbUserId，淘宝用户对每个Appkey会有唯一的一个open_uid */
  open_uid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tb_user_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  open_uid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.opensecurity.uid.get`: method, response root, request and response schemas. */
export const taobaoOpensecurityUidGetOperation = {
  method: 'taobao.opensecurity.uid.get',
  responseRoot: 'opensecurity_uid_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝open security uid 获取接口 — calls TOP method `taobao.opensecurity.uid.get`.
 *
 * 根据明文 taobao user id 换取 app的 open_uid
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpensecurityUidGet(
  client: TopClient,
  request: TaobaoOpensecurityUidGetRequest,
  options?: CallOptions,
): Promise<TaobaoOpensecurityUidGetResponse> {
  return client.call<TaobaoOpensecurityUidGetResponse>(
    {
      method: 'taobao.opensecurity.uid.get',
      responseRoot: 'opensecurity_uid_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
