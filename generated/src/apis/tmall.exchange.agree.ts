// Generated from specs/exchange/tmall.exchange.agree.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `tmall.exchange.agree` (卖家同意换货申请). */
export interface TmallExchangeAgreeRequest {
  /** 邮政编码 */
  post?: string;
  /** 上传图片举证 */
  leave_message_pics?: TopFile;
  /** 卖家留言 */
  leave_message?: string;
  /** 收货地址id，如需获取请调用该top接口：taobao.logistics.address.search，对应属性为contact_id */
  address_id: Int64Input;
  /** 详细收货地址 */
  complete_address?: string;
  /** 换货单号ID */
  dispute_id: Int64Input;
  /**
   * 返回字段。当前支持的有 dispute_id, bizorder_id, modified, status
   *
   * Max list size: 20
   */
  fields: string[];
  /** 收货人手机号 */
  mobile?: string;
}

/** Response of `tmall.exchange.agree`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallExchangeAgreeResponse {
  /** 返回结果 */
  result?: TmallExchangeAgreeExchangeBaseResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExchangeBaseResponse` of `tmall.exchange.agree`. */
export interface TmallExchangeAgreeExchangeBaseResponse {
  /** 返回结果说明 */
  message?: string;
  /** 返回结果码 */
  msg_code?: string;
  /** 是否成功调用 */
  success?: boolean;
  /** 换货单信息 */
  exchange?: TmallExchangeAgreeExchange;
}

/** `Exchange` of `tmall.exchange.agree`. */
export interface TmallExchangeAgreeExchange {
  /** 修改时间 */
  modified?: string;
  /** 换货单号ID */
  dispute_id?: string;
  /** 换货单状态 */
  status?: string;
  /** 正向交易单号ID */
  biz_order_id?: string;
}

const REQUEST_SCHEMA = {
  post: 'String',
  leave_message_pics: 'byte[]',
  leave_message: 'String',
  address_id: 'Number',
  complete_address: 'String',
  dispute_id: 'Number',
  fields: ['String'],
  mobile: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    msg_code: 'String',
    success: 'Boolean',
    exchange: {
      modified: 'Date',
      dispute_id: 'String',
      status: 'String',
      biz_order_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.exchange.agree`: method, response root, request and response schemas. */
export const tmallExchangeAgreeOperation = {
  method: 'tmall.exchange.agree',
  responseRoot: 'tmall_exchange_agree_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卖家同意换货申请 — calls TOP method `tmall.exchange.agree`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallExchangeAgree(
  client: TopClient,
  request: TmallExchangeAgreeRequest,
  options?: CallOptions,
): Promise<TmallExchangeAgreeResponse> {
  return client.call<TmallExchangeAgreeResponse>(
    {
      method: 'tmall.exchange.agree',
      responseRoot: 'tmall_exchange_agree_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
