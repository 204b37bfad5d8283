// Generated from specs/util/taobao.openlink.session.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openlink.session.get` (获取授权session信息). */
export interface TaobaoOpenlinkSessionGetRequest {
  /** 授权码 */
  code: string;
}

/** Response of `taobao.openlink.session.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenlinkSessionGetResponse {
  /** result */
  result?: TaobaoOpenlinkSessionGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.openlink.session.get`. */
export interface TaobaoOpenlinkSessionGetResult {
  /** model */
  model?: TaobaoOpenlinkSessionGetSessionInfo;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

/** `SessionInfo` of `taobao.openlink.session.get`. */
export interface TaobaoOpenlinkSessionGetSessionInfo {
  /** skey */
  skey?: string;
  /** openId */
  open_id?: string;
  /** accessToken */
  access_token?: string;
  /** unionId */
  union_id?: string;
}

const REQUEST_SCHEMA = {
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      skey: 'String',
      open_id: 'String',
      access_token: 'String',
      union_id: 'String',
    },
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.openlink.session.get`: method, response root, request and response schemas. */
export const taobaoOpenlinkSessionGetOperation = {
  method: 'taobao.openlink.session.get',
  responseRoot: 'openlink_session_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取授权session信息 — calls TOP method `taobao.openlink.session.get`.
 *
 * 帮助第三方isv生成三方session
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenlinkSessionGet(
  client: TopClient,
  request: TaobaoOpenlinkSessionGetRequest,
  options?: CallOptions,
): Promise<TaobaoOpenlinkSessionGetResponse> {
  return client.call<TaobaoOpenlinkSessionGetResponse>(
    {
      method: 'taobao.openlink.session.get',
      responseRoot: 'openlink_session_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
