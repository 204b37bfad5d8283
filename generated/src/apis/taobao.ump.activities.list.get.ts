// Generated from specs/promotion/taobao.ump.activities.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.activities.list.get` (营销活动列表查询). */
export interface TaobaoUmpActivitiesListGetRequest {
  /**
   * 营销活动id列表。
   *
   * Max list size: 40
   */
  ids: Int64Input[];
}

/** Response of `taobao.ump.activities.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpActivitiesListGetResponse {
  /** 营销活动列表！ */
  activities?: string[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ids: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  activities: ['String'],
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.activities.list.get`: method, response root, request and response schemas. */
export const taobaoUmpActivitiesListGetOperation = {
  method: 'taobao.ump.activities.list.get',
  responseRoot: 'ump_activities_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 营销活动列表查询 — calls TOP method `taobao.ump.activities.list.get`.
 *
 * 按照营销活动id的列表ids，查询对应的营销活动列表。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpActivitiesListGet(
  client: TopClient,
  request: TaobaoUmpActivitiesListGetRequest,
  options?: CallOptions,
): Promise<TaobaoUmpActivitiesListGetResponse> {
  return client.call<TaobaoUmpActivitiesListGetResponse>(
    {
      method: 'taobao.ump.activities.list.get',
      responseRoot: 'ump_activities_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
