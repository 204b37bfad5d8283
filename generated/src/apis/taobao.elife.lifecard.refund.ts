// Generated from specs/elife/taobao.elife.lifecard.refund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.elife.lifecard.refund` (品牌惠卡券冲正退还). */
export interface TaobaoElifeLifecardRefundRequest {
  /** 请求参数 */
  refund_request: TaobaoElifeLifecardRefundRefundRequestInput;
}

/** Response of `taobao.elife.lifecard.refund`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoElifeLifecardRefundResponse {
  /** 返回码，成功为空 */
  result_code?: string;
  /** 本金 */
  amount?: Int64;
  /** 膨胀金 */
  inflate_amount?: Int64;
  /** 返回信息 */
  result_msg?: string;
  /** 成功失败标志 */
  successed?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundRequest` of `taobao.elife.lifecard.refund`. */
export interface TaobaoElifeLifecardRefundRefundRequestInput {
  /** 金额分 */
  amount: Int64Input;
  /** 操作流水号, 商家全系统唯一 */
  op_id: string;
  /** 收银员名称 */
  operator?: string;
  /** 原正向核销交易的流水号 */
  original_op_id: string;
  /** 门店编号 */
  outer_store_id: string;
  /** 原正向核销交易的核销码 */
  pay_code: string;
  /** 原正向核销交易的小票信息 */
  sale_ticket?: string;
}

const REQUEST_SCHEMA = {
  refund_request: {
    amount: 'Number',
    op_id: 'String',
    operator: 'String',
    original_op_id: 'String',
    outer_store_id: 'String',
    pay_code: 'String',
    sale_ticket: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  amount: 'Number',
  inflate_amount: 'Number',
  result_msg: 'String',
  successed: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.elife.lifecard.refund`: method, response root, request and response schemas. */
export const taobaoElifeLifecardRefundOperation = {
  method: 'taobao.elife.lifecard.refund',
  responseRoot: 'elife_lifecard_refund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 品牌惠卡券冲正退还 — calls TOP method `taobao.elife.lifecard.refund`.
 *
 * 淘宝生活汇消费卡虚拟卡，线下冲正退货接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoElifeLifecardRefund(
  client: TopClient,
  request: TaobaoElifeLifecardRefundRequest,
  options?: CallOptions,
): Promise<TaobaoElifeLifecardRefundResponse> {
  return client.call<TaobaoElifeLifecardRefundResponse>(
    {
      method: 'taobao.elife.lifecard.refund',
      responseRoot: 'elife_lifecard_refund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
