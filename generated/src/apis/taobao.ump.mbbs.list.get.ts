// Generated from specs/promotion/taobao.ump.mbbs.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.mbbs.list.get` (通过ids列表获取营销积木块列表). */
export interface TaobaoUmpMbbsListGetRequest {
  /**
   * 营销积木块id组成的字符串。
   *
   * Max list size: 20
   */
  ids: Int64Input[];
}

/** Response of `taobao.ump.mbbs.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpMbbsListGetResponse {
  /** 营销积木块内容列表，内容为json格式的，可以通过ump sdk里面的MBB.fromJson来处理 */
  mbbs?: string[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ids: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  mbbs: ['String'],
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.mbbs.list.get`: method, response root, request and response schemas. */
export const taobaoUmpMbbsListGetOperation = {
  method: 'taobao.ump.mbbs.list.get',
  responseRoot: 'ump_mbbs_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过ids列表获取营销积木块列表 — calls TOP method `taobao.ump.mbbs.list.get`.
 *
 * 通过营销积木id列表来获取营销积木块列表。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpMbbsListGet(
  client: TopClient,
  request: TaobaoUmpMbbsListGetRequest,
  options?: CallOptions,
): Promise<TaobaoUmpMbbsListGetResponse> {
  return client.call<TaobaoUmpMbbsListGetResponse>(
    {
      method: 'taobao.ump.mbbs.list.get',
      responseRoot: 'ump_mbbs_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
