// Generated from specs/promotion/taobao.ump.details.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.details.get` (查询活动详情列表). */
export interface TaobaoUmpDetailsGetRequest {
  /** 营销活动id */
  act_id: Int64Input;
  /** 分页的页码 */
  page_no: Int64Input;
  /** 每页的最大条数 */
  page_size: Int64Input;
}

/** Response of `taobao.ump.details.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpDetailsGetResponse {
  /** 活动详情的信息 */
  contents?: string[];
  /** 记录总数 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  act_id: 'Number',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  contents: ['String'],
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.details.get`: method, response root, request and response schemas. */
export const taobaoUmpDetailsGetOperation = {
  method: 'taobao.ump.details.get',
  responseRoot: 'ump_details_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询活动详情列表 — calls TOP method `taobao.ump.details.get`.
 *
 * 分页查询优惠详情列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpDetailsGet(
  client: TopClient,
  request: TaobaoUmpDetailsGetRequest,
  options?: CallOptions,
): Promise<TaobaoUmpDetailsGetResponse> {
  return client.call<TaobaoUmpDetailsGetResponse>(
    {
      method: 'taobao.ump.details.get',
      responseRoot: 'ump_details_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
