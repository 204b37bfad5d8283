// Generated from specs/exchange/tmall.exchange.returngoods.refuse.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `tmall.exchange.returngoods.refuse` (卖家拒绝确认收货). */
export interface TmallExchangeReturngoodsRefuseRequest {
  /** 凭证图片 */
  leave_message_pics?: TopFile;
  /** 留言说明 */
  leave_message?: string;
  /** 换货单号ID */
  dispute_id: Int64Input;
  /** 拒绝原因ID */
  seller_refuse_reason_id: Int64Input;
}

/** Response of `tmall.exchange.returngoods.refuse`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallExchangeReturngoodsRefuseResponse {
  /** 返回结果 */
  result?: TmallExchangeReturngoodsRefuseExchangeBaseResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExchangeBaseResponse` of `tmall.exchange.returngoods.refuse`. */
export interface TmallExchangeReturngoodsRefuseExchangeBaseResponse {
  /** 返回结果说明 */
  message?: string;
  /** 返回结果码 */
  msg_code?: string;
  /** 是否成功调用 */
  success?: boolean;
  /** 换货单号基本信息 */
  exchange?: TmallExchangeReturngoodsRefuseExchange;
}

/** `Exchange` of `tmall.exchange.returngoods.refuse`. */
export interface TmallExchangeReturngoodsRefuseExchange {
  /** 当前换货状态 */
  status?: string;
  /** 换货流程最新修改时间 */
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

/** Static description of `tmall.exchange.returngoods.refuse`: method, response root, request and response schemas. */
export const tmallExchangeReturngoodsRefuseOperation = {
  method: 'tmall.exchange.returngoods.refuse',
  responseRoot: 'tmall_exchange_returngoods_refuse_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卖家拒绝确认收货 — calls TOP method `tmall.exchange.returngoods.refuse`.
 *
 * 卖家拒绝买家换货申请
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallExchangeReturngoodsRefuse(
  client: TopClient,
  request: TmallExchangeReturngoodsRefuseRequest,
  options?: CallOptions,
): Promise<TmallExchangeReturngoodsRefuseResponse> {
  return client.call<TmallExchangeReturngoodsRefuseResponse>(
    {
      method: 'tmall.exchange.returngoods.refuse',
      responseRoot: 'tmall_exchange_returngoods_refuse_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
