// Generated from specs/interact/taobao.weitao.feed.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.weitao.feed.cancel` (取消广播在timeline、广场中展示). */
export interface TaobaoWeitaoFeedCancelRequest {
  /** 广播id */
  feed_id: Int64Input;
  /** 三方活动ID */
  biz_id: string;
  /** 是否彻底删除（店铺动态不可见，等同卖家广播后台删除），默认false */
  delete?: boolean;
}

/** Response of `taobao.weitao.feed.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWeitaoFeedCancelResponse {
  /** 推送结果 */
  result?: TaobaoWeitaoFeedCancelPushResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PushResult` of `taobao.weitao.feed.cancel`. */
export interface TaobaoWeitaoFeedCancelPushResult {
  /** 新广播ID */
  feed_id?: string;
}

const REQUEST_SCHEMA = {
  feed_id: 'Number',
  biz_id: 'String',
  delete: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    feed_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.weitao.feed.cancel`: method, response root, request and response schemas. */
export const taobaoWeitaoFeedCancelOperation = {
  method: 'taobao.weitao.feed.cancel',
  responseRoot: 'weitao_feed_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消广播在timeline、广场中展示 — calls TOP method `taobao.weitao.feed.cancel`.
 *
 * 取消广播在timeline和广场中的展示。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWeitaoFeedCancel(
  client: TopClient,
  request: TaobaoWeitaoFeedCancelRequest,
  options?: CallOptions,
): Promise<TaobaoWeitaoFeedCancelResponse> {
  return client.call<TaobaoWeitaoFeedCancelResponse>(
    {
      method: 'taobao.weitao.feed.cancel',
      responseRoot: 'weitao_feed_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
