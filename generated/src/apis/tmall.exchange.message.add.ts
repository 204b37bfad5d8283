// Generated from specs/exchange/tmall.exchange.message.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `tmall.exchange.message.add` (卖家创建换货留言). */
export interface TmallExchangeMessageAddRequest {
  /**
   * 留言内容
   *
   * @example 双击评论666
   */
  content: string;
  /**
   * 换货单号ID
   *
   * @example 23211213
   */
  dispute_id: Int64Input;
  /**
   * 凭证图片列表
   *
   * @example a.jpg
   */
  message_pics?: TopFile;
  /**
   * 返回字段。目前支持id,refund_id,owner_id,owner_nick,owner_role,content,pic_urls,created,message_type
   *
   * Max list size: 20
   * @example id,refund_id,owner_id,owner_nick,content,pic_urls,created,message_type
   */
  fields: string[];
}

/** Response of `tmall.exchange.message.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallExchangeMessageAddResponse {
  /** 返回结果 */
  result?: TmallExchangeMessageAddResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `tmall.exchange.message.add`. */
export interface TmallExchangeMessageAddResultSet {
  /**
   * 异常信息
   *
   * @example {}
   */
  exception?: string;
  /**
   * 错误码
   *
   * @example 10000
   */
  error_code?: string;
  /**
   * 错误信息
   *
   * @example 优秀!
   */
  error_msg?: string;
  /** 留言信息 */
  results?: TmallExchangeMessageAddRefundMessage[];
}

/** `RefundMessage` of `tmall.exchange.message.add`. */
export interface TmallExchangeMessageAddRefundMessage {
  /**
   * 留言ID
   *
   * @example 2132321
   */
  id?: Int64;
  /**
   * 换货单号ID
   *
   * @example 456456456
   */
  refund_id?: Int64;
  /**
   * 留言者ID
   *
   * @example 23123123
   */
  owner_id?: Int64;
  /**
   * 留言者昵称
   *
   * @example kaka
   */
  owner_nick?: string;
  /**
   * 留言内容
   *
   * @example youxiu
   */
  content?: string;
  /** 凭证信息 */
  pic_urls?: TmallExchangeMessageAddPicUrl[];
  /**
   * 留言创建时间
   *
   * @example 2000-01-01 00:00:00
   */
  created?: string;
  /**
   * 留言类型：系统或是人工
   *
   * @example 100
   */
  message_type?: string;
  /**
   * 留言者橘色
   *
   * @example kaka
   */
  owner_role?: string;
}

/** `PicUrl` of `tmall.exchange.message.add`. */
export interface TmallExchangeMessageAddPicUrl {
  /**
   * 图片url
   *
   * @example http://assets.jc258.cn/assets/pictures/2017/7/55525/original_QQ_20170716093211.png
   */
  url?: string;
}

const REQUEST_SCHEMA = {
  content: 'String',
  dispute_id: 'Number',
  message_pics: 'byte[]',
  fields: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    exception: 'String',
    error_code: 'String',
    error_msg: 'String',
    results: [
      {
        id: 'Number',
        refund_id: 'Number',
        owner_id: 'Number',
        owner_nick: 'String',
        content: 'String',
        pic_urls: [
          {
            url: 'String',
          },
        ],
        created: 'Date',
        message_type: 'String',
        owner_role: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.exchange.message.add`: method, response root, request and response schemas. */
export const tmallExchangeMessageAddOperation = {
  method: 'tmall.exchange.message.add',
  responseRoot: 'tmall_exchange_message_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卖家创建换货留言 — calls TOP method `tmall.exchange.message.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallExchangeMessageAdd(
  client: TopClient,
  request: TmallExchangeMessageAddRequest,
  options?: CallOptions,
): Promise<TmallExchangeMessageAddResponse> {
  return client.call<TmallExchangeMessageAddResponse>(
    {
      method: 'tmall.exchange.message.add',
      responseRoot: 'tmall_exchange_message_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
