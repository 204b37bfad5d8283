// Generated from specs/traderate/tmall.traderate.feeds.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.traderate.feeds.get` (查询子订单对应的评价、追评以及语义标签). */
export interface TmallTraderateFeedsGetRequest {
  /** 交易子订单ID */
  child_trade_id: Int64Input;
}

/** Response of `tmall.traderate.feeds.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTraderateFeedsGetResponse {
  /** 返回评价信息 */
  tmall_rate_info?: TmallTraderateFeedsGetModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Model` of `tmall.traderate.feeds.get`. */
export interface TmallTraderateFeedsGetModel {
  /** 追加评价内容 */
  append_content?: string;
  /** 原始评价对应的标签列表 */
  tags?: TmallTraderateFeedsGetTags[];
  /** 评价内容 */
  content?: string;
  /** 追加评价中带有的语义标签列表 */
  append_tags?: TmallTraderateFeedsGetTags[];
  /** 追加评价时间 */
  append_time?: string;
  /** 追评中是否含有负向标签 */
  append_has_negtv?: boolean;
  /** 表示评价者的昵称 */
  user_nick?: string;
  /** 原始评价是否含有负向标签 */
  has_negtv?: boolean;
  /** 评价时间 */
  comment_time?: string;
  /** ouid */
  ouid?: string;
}

/** `Tags` of `tmall.traderate.feeds.get`. */
export interface TmallTraderateFeedsGetTags {
  /** 表示标签的极性，正极true，负极false */
  posi?: boolean;
  /** 表示标签的名称 */
  tag_name?: string;
}

const REQUEST_SCHEMA = {
  child_trade_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tmall_rate_info: {
    append_content: 'String',
    tags: [
      {
        posi: 'Boolean',
        tag_name: 'String',
      },
    ],
    content: 'String',
    append_tags: [
      {
        posi: 'Boolean',
        tag_name: 'String',
      },
    ],
    append_time: 'Date',
    append_has_negtv: 'Boolean',
    user_nick: 'String',
    has_negtv: 'Boolean',
    comment_time: 'Date',
    ouid: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.traderate.feeds.get`: method, response root, request and response schemas. */
export const tmallTraderateFeedsGetOperation = {
  method: 'tmall.traderate.feeds.get',
  responseRoot: 'tmall_traderate_feeds_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询子订单对应的评价、追评以及语义标签 — calls TOP method `tmall.traderate.feeds.get`.
 *
 * 通过子订单ID获取天猫订单对应的评价，追评，以及对应的语义标签
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTraderateFeedsGet(
  client: TopClient,
  request: TmallTraderateFeedsGetRequest,
  options?: CallOptions,
): Promise<TmallTraderateFeedsGetResponse> {
  return client.call<TmallTraderateFeedsGetResponse>(
    {
      method: 'tmall.traderate.feeds.get',
      responseRoot: 'tmall_traderate_feeds_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
