// Generated from specs/user/taobao.appstore.subscribe.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.appstore.subscribe.get` (查询appstore应用订购关系). */
export interface TaobaoAppstoreSubscribeGetRequest {
  /** 用户昵称 */
  nick: string;
}

/** Response of `taobao.appstore.subscribe.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAppstoreSubscribeGetResponse {
  /** 用户订购信息 */
  user_subscribe?: TaobaoAppstoreSubscribeGetUserSubscribe;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UserSubscribe` of `taobao.appstore.subscribe.get`. */
export interface TaobaoAppstoreSubscribeGetUserSubscribe {
  /** 订购状况。应用订购者：subscribeUser;尚未订购：unsubscribeUser；非法用户：invalidateUser */
  status?: string;
  /** 订购开始时间。格式:yyyy-MM-dd HH:mm:ss */
  start_date?: string;
  /** 订购结束时间。格式:yyyy-MM-dd HH:mm:ss */
  end_date?: string;
  /** 0-无版本信息；1-初级版；2-中级版；3-高级版 */
  version_no?: Int64;
}

const REQUEST_SCHEMA = {
  nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  user_subscribe: {
    status: 'String',
    start_date: 'Date',
    end_date: 'Date',
    version_no: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.appstore.subscribe.get`: method, response root, request and response schemas. */
export const taobaoAppstoreSubscribeGetOperation = {
  method: 'taobao.appstore.subscribe.get',
  responseRoot: 'appstore_subscribe_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询appstore应用订购关系 — calls TOP method `taobao.appstore.subscribe.get`.
 *
 * 查询appstore应用订购关系(对于新上架的多版本应用，建议使用taobao.vas.subscribe.get)
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAppstoreSubscribeGet(
  client: TopClient,
  request: TaobaoAppstoreSubscribeGetRequest,
  options?: CallOptions,
): Promise<TaobaoAppstoreSubscribeGetResponse> {
  return client.call<TaobaoAppstoreSubscribeGetResponse>(
    {
      method: 'taobao.appstore.subscribe.get',
      responseRoot: 'appstore_subscribe_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
