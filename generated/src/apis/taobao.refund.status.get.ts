// Generated from specs/tbrefund/taobao.refund.status.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.refund.status.get` (查询退款状态). */
export interface TaobaoRefundStatusGetRequest {
  /** 入参对象 */
  query_param: TaobaoRefundStatusGetRefundQueryByOrderIdRequestInput;
}

/** Response of `taobao.refund.status.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRefundStatusGetResponse {
  /** 出参对象 */
  result_package?: TaobaoRefundStatusGetResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundQueryByOrderIdRequest` of `taobao.refund.status.get`. */
export interface TaobaoRefundStatusGetRefundQueryByOrderIdRequestInput {
  /** 订单号 */
  biz_order_id: Int64Input;
}

/** `ResultSet` of `taobao.refund.status.get`. */
export interface TaobaoRefundStatusGetResultSet {
  /** 数组对象 */
  result_list?: TaobaoRefundStatusGetQueryRefundStatusResponse[];
  /** 错误码，没有表示无异常 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `QueryRefundStatusResponse` of `taobao.refund.status.get`. */
export interface TaobaoRefundStatusGetQueryRefundStatusResponse {
  /** 退款单id */
  refund_id?: Int64;
  /** 淘宝交易单号 */
  tid?: Int64;
  /** 子订单号 */
  oid?: Int64;
  /** 更新时间。格式:yyyy-MM-dd HH:mm:ss */
  modified?: string;
  /** 退款状态。可选值WAIT_SELLER_AGREE(买家已经申请退款，等待卖家同意) WAIT_BUYER_RETURN_GOODS(卖家已经同意退款，等待买家退货) WAIT_SELLER_CONFIRM_GOODS(买家已经退货，等待卖家确认收货) SELLER_REFUSE_BUYER(卖家拒绝退款) CLOSED(退款关闭) SUCCESS(退款成功) */
  status?: string;
}

const REQUEST_SCHEMA = {
  query_param: {
    biz_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_package: {
    result_list: [
      {
        refund_id: 'Number',
        tid: 'Number',
        oid: 'Number',
        modified: 'String',
        status: 'String',
      },
    ],
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.refund.status.get`: method, response root, request and response schemas. */
export const taobaoRefundStatusGetOperation = {
  method: 'taobao.refund.status.get',
  responseRoot: 'refund_status_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询退款状态 — calls TOP method `taobao.refund.status.get`.
 *
 * 根据主订单或者子订单id查询退款状态,入参传入主订单或者子订单号1.如果当传入子订单时，返回子订单最后一笔退款单的状态,如果子订单申请退款退款返回空list.2.如果传传入主订单，则返回主订单下所有子订单的最后一笔退款单状态，如果对应的子订单没有生成退款单，则对应子订单对应数据返回。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRefundStatusGet(
  client: TopClient,
  request: TaobaoRefundStatusGetRequest,
  options?: CallOptions,
): Promise<TaobaoRefundStatusGetResponse> {
  return client.call<TaobaoRefundStatusGetResponse>(
    {
      method: 'taobao.refund.status.get',
      responseRoot: 'refund_status_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
