// Generated from specs/interact/taobao.weitao.feed.synchronize.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.weitao.feed.synchronize` (推广淘小铺isv 活动到微淘feed). */
export interface TaobaoWeitaoFeedSynchronizeRequest {
  /** 活动id */
  biz_id: Int64Input;
  /** feed封面图片url */
  cover_path: string;
  /** feed点击跳转的活动地址 */
  detail_url: string;
  /** feed展示结束时间 */
  end_time: Int64Input;
  /** feed展示开始时间 */
  start_time: Int64Input;
  /** feed描述 */
  summary: string;
  /** feed标题 */
  title: string;
}

/** Response of `taobao.weitao.feed.synchronize`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWeitaoFeedSynchronizeResponse {
  /** 同步到微淘成功与否 */
  result?: boolean;
  /** 增加错误信息 */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  biz_id: 'Number',
  cover_path: 'String',
  detail_url: 'String',
  end_time: 'Number',
  start_time: 'Number',
  summary: 'String',
  title: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.weitao.feed.synchronize`: method, response root, request and response schemas. */
export const taobaoWeitaoFeedSynchronizeOperation = {
  method: 'taobao.weitao.feed.synchronize',
  responseRoot: 'weitao_feed_synchronize_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 推广淘小铺isv 活动到微淘feed — calls TOP method `taobao.weitao.feed.synchronize`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWeitaoFeedSynchronize(
  client: TopClient,
  request: TaobaoWeitaoFeedSynchronizeRequest,
  options?: CallOptions,
): Promise<TaobaoWeitaoFeedSynchronizeResponse> {
  return client.call<TaobaoWeitaoFeedSynchronizeResponse>(
    {
      method: 'taobao.weitao.feed.synchronize',
      responseRoot: 'weitao_feed_synchronize_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
