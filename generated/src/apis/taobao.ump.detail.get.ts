// Generated from specs/promotion/taobao.ump.detail.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.detail.get` (查询活动详情). */
export interface TaobaoUmpDetailGetRequest {
  /** 活动详情的id */
  detail_id: Int64Input;
}

/** Response of `taobao.ump.detail.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpDetailGetResponse {
  /** 活动详情信息，可以通过ump sdk中的MarketingTool来进行处理 */
  content?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  detail_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  content: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.detail.get`: method, response root, request and response schemas. */
export const taobaoUmpDetailGetOperation = {
  method: 'taobao.ump.detail.get',
  responseRoot: 'ump_detail_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询活动详情 — calls TOP method `taobao.ump.detail.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpDetailGet(
  client: TopClient,
  request: TaobaoUmpDetailGetRequest,
  options?: CallOptions,
): Promise<TaobaoUmpDetailGetResponse> {
  return client.call<TaobaoUmpDetailGetResponse>(
    {
      method: 'taobao.ump.detail.get',
      responseRoot: 'ump_detail_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
