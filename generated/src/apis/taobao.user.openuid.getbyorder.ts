// Generated from specs/tbuser/taobao.user.openuid.getbyorder.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.user.openuid.getbyorder` (根据订单获取买家openuid). */
export interface TaobaoUserOpenuidGetbyorderRequest {
  /** 买家订单列表 */
  tid_infos: TaobaoUserOpenuidGetbyorderBuyerOrderInput;
}

/** Response of `taobao.user.openuid.getbyorder`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUserOpenuidGetbyorderResponse {
  /** 买家uid对象 */
  open_uids?: TaobaoUserOpenuidGetbyorderOpenUidInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BuyerOrder` of `taobao.user.openuid.getbyorder`. */
export interface TaobaoUserOpenuidGetbyorderBuyerOrderInput {
  /** 订单id */
  tid: Int64Input;
  /** 买家nick */
  buyer_nick: string;
}

/** `OpenUidInfo` of `taobao.user.openuid.getbyorder`. */
export interface TaobaoUserOpenuidGetbyorderOpenUidInfo {
  /** 订单id */
  tid?: Int64;
  /** 买家nick */
  buyer_nick?: string;
  /** 买家openuid */
  buyer_open_uid?: string;
}

const REQUEST_SCHEMA = {
  tid_infos: {
    tid: 'Number',
    buyer_nick: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  open_uids: [
    {
      tid: 'Number',
      buyer_nick: 'String',
      buyer_open_uid: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.user.openuid.getbyorder`: method, response root, request and response schemas. */
export const taobaoUserOpenuidGetbyorderOperation = {
  method: 'taobao.user.openuid.getbyorder',
  responseRoot: 'user_openuid_getbyorder_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据订单获取买家openuid — calls TOP method `taobao.user.openuid.getbyorder`.
 *
 * 根据订单获取买家openuid，最大查询30个
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUserOpenuidGetbyorder(
  client: TopClient,
  request: TaobaoUserOpenuidGetbyorderRequest,
  options?: CallOptions,
): Promise<TaobaoUserOpenuidGetbyorderResponse> {
  return client.call<TaobaoUserOpenuidGetbyorderResponse>(
    {
      method: 'taobao.user.openuid.getbyorder',
      responseRoot: 'user_openuid_getbyorder_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
