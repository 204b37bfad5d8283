// Generated from specs/promotion/taobao.ump.detail.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.detail.update` (修改活动详情). */
export interface TaobaoUmpDetailUpdateRequest {
  /** 活动详情id */
  detail_id: Int64Input;
  /** 活动详情内容，可以通过ump sdk中的MarketingTool来生成这个内容 */
  content: string;
}

/** Response of `taobao.ump.detail.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpDetailUpdateResponse {
  /** 调用是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  detail_id: 'Number',
  content: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.detail.update`: method, response root, request and response schemas. */
export const taobaoUmpDetailUpdateOperation = {
  method: 'taobao.ump.detail.update',
  responseRoot: 'ump_detail_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改活动详情 — calls TOP method `taobao.ump.detail.update`.
 *
 * 更新活动详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpDetailUpdate(
  client: TopClient,
  request: TaobaoUmpDetailUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoUmpDetailUpdateResponse> {
  return client.call<TaobaoUmpDetailUpdateResponse>(
    {
      method: 'taobao.ump.detail.update',
      responseRoot: 'ump_detail_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
