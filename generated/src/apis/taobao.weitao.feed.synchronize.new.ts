// Generated from specs/interact/taobao.weitao.feed.synchronize.new.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.weitao.feed.synchronize.new` (推广淘小铺isv 活动到微淘feed). */
export interface TaobaoWeitaoFeedSynchronizeNewRequest {
  /** 广播类型：粉丝猜价格461、投票有礼462、粉丝抢红包463、盖楼有礼464、加购有礼465 */
  feed_type: Int64Input;
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
  /**
   * 宝贝列表，用于card展示，0~2个宝贝ID
   *
   * Max list size: 20
   */
  item_ids?: string[];
  /** 活动ID */
  sbiz_id: string;
}

/** Response of `taobao.weitao.feed.synchronize.new`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWeitaoFeedSynchronizeNewResponse {
  /** 增加错误信息 */
  errmsg?: string;
  /** 推送结果 */
  result?: TaobaoWeitaoFeedSynchronizeNewPushResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PushResult` of `taobao.weitao.feed.synchronize.new`. */
export interface TaobaoWeitaoFeedSynchronizeNewPushResult {
  /** 新广播ID */
  feed_id?: string;
}

const REQUEST_SCHEMA = {
  feed_type: 'Number',
  detail_url: 'String',
  end_time: 'Number',
  start_time: 'Number',
  summary: 'String',
  title: 'String',
  item_ids: ['String'],
  sbiz_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  errmsg: 'String',
  result: {
    feed_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.weitao.feed.synchronize.new`: method, response root, request and response schemas. */
export const taobaoWeitaoFeedSynchronizeNewOperation = {
  method: 'taobao.weitao.feed.synchronize.new',
  responseRoot: 'weitao_feed_synchronize_new_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 推广淘小铺isv 活动到微淘feed — calls TOP method `taobao.weitao.feed.synchronize.new`.
 *
 * 推广微淘互动应用活动到微淘
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWeitaoFeedSynchronizeNew(
  client: TopClient,
  request: TaobaoWeitaoFeedSynchronizeNewRequest,
  options?: CallOptions,
): Promise<TaobaoWeitaoFeedSynchronizeNewResponse> {
  return client.call<TaobaoWeitaoFeedSynchronizeNewResponse>(
    {
      method: 'taobao.weitao.feed.synchronize.new',
      responseRoot: 'weitao_feed_synchronize_new_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
