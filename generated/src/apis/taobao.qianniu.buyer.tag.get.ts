// Generated from specs/qianniu/taobao.qianniu.buyer.tag.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qianniu.buyer.tag.get` (判断买家是否有某些标). */
export interface TaobaoQianniuBuyerTagGetRequest {
  /** 买家nick */
  buyer_nick: string;
  /** 支持的表，多个tag用英文逗号切割 */
  tag_list: string;
}

/** Response of `taobao.qianniu.buyer.tag.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQianniuBuyerTagGetResponse {
  /** 用户tag信息 */
  user_tag_info?: TaobaoQianniuBuyerTagGetUserTagQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UserTagQueryResult` of `taobao.qianniu.buyer.tag.get`. */
export interface TaobaoQianniuBuyerTagGetUserTagQueryResult {
  /** 买家是否有这个标，true表示有，false表示没有 */
  enterprise_buyer?: boolean;
}

const REQUEST_SCHEMA = {
  buyer_nick: 'String',
  tag_list: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  user_tag_info: {
    enterprise_buyer: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qianniu.buyer.tag.get`: method, response root, request and response schemas. */
export const taobaoQianniuBuyerTagGetOperation = {
  method: 'taobao.qianniu.buyer.tag.get',
  responseRoot: 'qianniu_buyer_tag_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 判断买家是否有某些标 — calls TOP method `taobao.qianniu.buyer.tag.get`.
 *
 * 判断某个买家是否有某些标
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQianniuBuyerTagGet(
  client: TopClient,
  request: TaobaoQianniuBuyerTagGetRequest,
  options?: CallOptions,
): Promise<TaobaoQianniuBuyerTagGetResponse> {
  return client.call<TaobaoQianniuBuyerTagGetResponse>(
    {
      method: 'taobao.qianniu.buyer.tag.get',
      responseRoot: 'qianniu_buyer_tag_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
