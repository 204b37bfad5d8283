// Generated from specs/exchange/tmall.exchange.messages.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.exchange.messages.get` (查询换货订单留言列表). */
export interface TmallExchangeMessagesGetRequest {
  /**
   * 留言创建角色。具体包括：卖家主账户(1)、卖家子账户(2)、小二(3)、买家(4)、系统(5)、系统超时(6)
   *
   * Max list size: 20
   */
  operator_roles?: string[];
  /** 每页条数 */
  page_size?: Int64Input;
  /** 换货单号ID */
  dispute_id: Int64Input;
  /** 页码 */
  page_no?: Int64Input;
  /**
   * 返回的字段。具体包括：id,refund_id,owner_id,owner_nick,owner_role,content,pic_urls,created,message_type
   *
   * Max list size: 20
   */
  fields: string[];
}

/** Response of `tmall.exchange.messages.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallExchangeMessagesGetResponse {
  /** 返回结果 */
  result?: TmallExchangeMessagesGetRefundMessageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundMessageResult` of `tmall.exchange.messages.get`. */
export interface TmallExchangeMessagesGetRefundMessageResult {
  /** 当前页面的留言条数 */
  page_results?: Int64;
  /** 留言记录 */
  results?: TmallExchangeMessagesGetRefundMessage[];
  /** 所有留言记录数 */
  total_results?: Int64;
  /** 是否有下一页 */
  has_next?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `RefundMessage` of `tmall.exchange.messages.get`. */
export interface TmallExchangeMessagesGetRefundMessage {
  /** 留言ID */
  id?: Int64;
  /** 换货单号ID */
  refund_id?: Int64;
  /** 留言者ID */
  owner_id?: Int64;
  /** 留言者昵称 */
  owner_nick?: string;
  /** 留言内容 */
  content?: string;
  /** 凭证信息 */
  pic_urls?: TmallExchangeMessagesGetPicUrl[];
  /** 留言创建时期 */
  created?: string;
  /** 留言类型 */
  message_type?: string;
  /** 留言角色 */
  owner_role?: string;
  /** 留言者openId */
  open_uid?: string;
}

/** `PicUrl` of `tmall.exchange.messages.get`. */
export interface TmallExchangeMessagesGetPicUrl {
  /** 凭证图片url */
  url?: string;
}

const REQUEST_SCHEMA = {
  operator_roles: ['String'],
  page_size: 'Number',
  dispute_id: 'Number',
  page_no: 'Number',
  fields: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    page_results: 'Number',
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
        open_uid: 'String',
      },
    ],
    total_results: 'Number',
    has_next: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.exchange.messages.get`: method, response root, request and response schemas. */
export const tmallExchangeMessagesGetOperation = {
  method: 'tmall.exchange.messages.get',
  responseRoot: 'tmall_exchange_messages_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询换货订单留言列表 — calls TOP method `tmall.exchange.messages.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallExchangeMessagesGet(
  client: TopClient,
  request: TmallExchangeMessagesGetRequest,
  options?: CallOptions,
): Promise<TmallExchangeMessagesGetResponse> {
  return client.call<TmallExchangeMessagesGetResponse>(
    {
      method: 'tmall.exchange.messages.get',
      responseRoot: 'tmall_exchange_messages_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
