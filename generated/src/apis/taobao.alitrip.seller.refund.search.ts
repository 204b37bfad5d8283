// Generated from specs/jipiao/taobao.alitrip.seller.refund.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.seller.refund.search` (【机票代理商】退票申请单列表). */
export interface TaobaoAlitripSellerRefundSearchRequest {
  /** 结束时间 */
  end_time: DateInput;
  /** 开始时间 */
  start_time: DateInput;
  /** 申请单状态（如果为空查询所有状态，1初始 2接受 3确认 4失败 5买家处理 6卖家处理 7等待小二回填 8退款成功） */
  status?: Int64Input;
}

/** Response of `taobao.alitrip.seller.refund.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripSellerRefundSearchResponse {
  /** 返回结果 */
  result?: TaobaoAlitripSellerRefundSearchResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `taobao.alitrip.seller.refund.search`. */
export interface TaobaoAlitripSellerRefundSearchResultDo {
  /** 错误码 */
  errorCode?: string;
  /** 错误信息 */
  errorMsg?: string;
  /** ReturnTicketDo */
  results?: TaobaoAlitripSellerRefundSearchReturnTicketDo[];
  /** 调用是否成功 */
  success?: boolean;
}

/** `ReturnTicketDo` of `taobao.alitrip.seller.refund.search`. */
export interface TaobaoAlitripSellerRefundSearchReturnTicketDo {
  /** 申请单ID */
  apply_id?: Int64;
  /** 申请时间 */
  apply_time?: string;
  /** 订单号 */
  order_id?: Int64;
  /** 申请单状态（1初始 2接受 3确认 4失败 5买家处理 6卖家处理 7等待小二回填 8退款成功） */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  end_time: 'Date',
  start_time: 'Date',
  status: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    errorCode: 'String',
    errorMsg: 'String',
    results: [
      {
        apply_id: 'Number',
        apply_time: 'Date',
        order_id: 'Number',
        status: 'Number',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.seller.refund.search`: method, response root, request and response schemas. */
export const taobaoAlitripSellerRefundSearchOperation = {
  method: 'taobao.alitrip.seller.refund.search',
  responseRoot: 'alitrip_seller_refund_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【机票代理商】退票申请单列表 — calls TOP method `taobao.alitrip.seller.refund.search`.
 *
 * 查询退票申请单列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripSellerRefundSearch(
  client: TopClient,
  request: TaobaoAlitripSellerRefundSearchRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripSellerRefundSearchResponse> {
  return client.call<TaobaoAlitripSellerRefundSearchResponse>(
    {
      method: 'taobao.alitrip.seller.refund.search',
      responseRoot: 'alitrip_seller_refund_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
