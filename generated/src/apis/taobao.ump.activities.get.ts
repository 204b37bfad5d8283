// Generated from specs/promotion/taobao.ump.activities.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.activities.get` (查询活动列表). */
export interface TaobaoUmpActivitiesGetRequest {
  /** 工具id */
  tool_id: Int64Input;
  /** 分页的页码 */
  page_no: Int64Input;
  /** 每页的最大条数 */
  page_size: Int64Input;
}

/** Response of `taobao.ump.activities.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpActivitiesGetResponse {
  /** 营销活动内容，可以通过ump sdk来进行处理 */
  contents?: string[];
  /** 记录总数 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tool_id: 'Number',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  contents: ['String'],
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.activities.get`: method, response root, request and response schemas. */
export const taobaoUmpActivitiesGetOperation = {
  method: 'taobao.ump.activities.get',
  responseRoot: 'ump_activities_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询活动列表 — calls TOP method `taobao.ump.activities.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpActivitiesGet(
  client: TopClient,
  request: TaobaoUmpActivitiesGetRequest,
  options?: CallOptions,
): Promise<TaobaoUmpActivitiesGetResponse> {
  return client.call<TaobaoUmpActivitiesGetResponse>(
    {
      method: 'taobao.ump.activities.get',
      responseRoot: 'ump_activities_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
