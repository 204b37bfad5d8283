// Generated from specs/exchange/tmall.exchange.refuse.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `tmall.exchange.refuse` (卖家拒绝换货申请). */
export interface TmallExchangeRefuseRequest {
  /** 凭证图片 */
  leave_message_pics?: TopFile;
  /** 拒绝换货申请时的留言 */
  leave_message?: string;
  /** 换货单号ID */
  dispute_id: Int64Input;
  /** 换货原因对应ID */
  seller_refuse_reason_id: Int64Input;
  /**
   * 返回字段。目前支持dispute_id, bizorder_id, modified, status
   *
   * Max list size: 20
   */
  fields: string[];
}

/** Response of `tmall.exchange.refuse`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallExchangeRefuseResponse {
  /** 返回结果 */
  result?: TmallExchangeRefuseExchangeBaseResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExchangeBaseResponse` of `tmall.exchange.refuse`. */
export interface TmallExchangeRefuseExchangeBaseResponse {
  /** 返回结果说明 */
  message?: string;
  /** 返回结果码 */
  msg_code?: string;
  /** 是否成功调用 */
  success?: boolean;
  /** 换货单基本信息 */
  exchange?: TmallExchangeRefuseExchange;
}

/** `Exchange` of `tmall.exchange.refuse`. */
export interface TmallExchangeRefuseExchange {
  /** 当前换货状态 */
  status?: string;
  /** 修改时间 */
  modified?: string;
  /** 换货单号ID */
  dispute_id?: string;
  /** 正向交易单号ID */
  biz_order_id?: string;
}

const REQUEST_SCHEMA = {
  leave_message_pics: 'byte[]',
  leave_message: 'String',
  dispute_id: 'Number',
  seller_refuse_reason_id: 'Number',
  fields: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    msg_code: 'String',
    success: 'Boolean',
    exchange: {
      status: 'String',
      modified: 'Date',
      dispute_id: 'String',
      biz_order_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.exchange.refuse`: method, response root, request and response schemas. */
export const tmallExchangeRefuseOperation = {
  method: 'tmall.exchange.refuse',
  responseRoot: 'tmall_exchange_refuse_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卖家拒绝换货申请 — calls TOP method `tmall.exchange.refuse`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallExchangeRefuse(
  client: TopClient,
  request: TmallExchangeRefuseRequest,
  options?: CallOptions,
): Promise<TmallExchangeRefuseResponse> {
  return client.call<TmallExchangeRefuseResponse>(
    {
      method: 'tmall.exchange.refuse',
      responseRoot: 'tmall_exchange_refuse_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
