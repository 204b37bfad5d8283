// Generated from specs/film/taobao.film.account.phone.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.film.account.phone.query` (根据手机查询匹配账号列表). */
export interface TaobaoFilmAccountPhoneQueryRequest {
  /** 手机号 */
  phone: string;
}

/** Response of `taobao.film.account.phone.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFilmAccountPhoneQueryResponse {
  /** 返回对象 */
  result?: TaobaoFilmAccountPhoneQueryResultListModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultListModel` of `taobao.film.account.phone.query`. */
export interface TaobaoFilmAccountPhoneQueryResultListModel {
  /** 错误码 */
  return_code?: string;
  /** 返回值 */
  account_list?: TaobaoFilmAccountPhoneQueryModel[];
  /** 请求ID */
  request_id?: string;
  /** 错误描述 */
  return_message?: string;
  /** 忽略 */
  return_url?: string;
}

/** `Model` of `taobao.film.account.phone.query`. */
export interface TaobaoFilmAccountPhoneQueryModel {
  /** 对外开放ID */
  mix_user_id?: string;
  /** 脱敏昵称 */
  user_nick?: string;
  /** 是否新用户 */
  is_new_user?: boolean;
}

const REQUEST_SCHEMA = {
  phone: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    return_code: 'String',
    account_list: [
      {
        mix_user_id: 'String',
        user_nick: 'String',
        is_new_user: 'Boolean',
      },
    ],
    request_id: 'String',
    return_message: 'String',
    return_url: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.film.account.phone.query`: method, response root, request and response schemas. */
export const taobaoFilmAccountPhoneQueryOperation = {
  method: 'taobao.film.account.phone.query',
  responseRoot: 'film_account_phone_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据手机查询匹配账号列表 — calls TOP method `taobao.film.account.phone.query`.
 *
 * 根据手机号查询匹配的账号列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFilmAccountPhoneQuery(
  client: TopClient,
  request: TaobaoFilmAccountPhoneQueryRequest,
  options?: CallOptions,
): Promise<TaobaoFilmAccountPhoneQueryResponse> {
  return client.call<TaobaoFilmAccountPhoneQueryResponse>(
    {
      method: 'taobao.film.account.phone.query',
      responseRoot: 'film_account_phone_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
