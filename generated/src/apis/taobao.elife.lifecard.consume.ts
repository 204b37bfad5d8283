// Generated from specs/elife/taobao.elife.lifecard.consume.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.elife.lifecard.consume` (品牌惠卡券核销). */
export interface TaobaoElifeLifecardConsumeRequest {
  /** 交易请求参数 */
  consume_request: TaobaoElifeLifecardConsumeConsumeRequestInput;
}

/** Response of `taobao.elife.lifecard.consume`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoElifeLifecardConsumeResponse {
  /** 本金 */
  amount?: Int64;
  /** 膨胀金 */
  inflate_amount?: Int64;
  /** 错误码 */
  result_code?: string;
  /** 结果描述 */
  result_msg?: string;
  /** 是否成功 */
  successed?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ConsumeRequest` of `taobao.elife.lifecard.consume`. */
export interface TaobaoElifeLifecardConsumeConsumeRequestInput {
  /** 消费金额, 分 */
  amount: Int64Input;
  /** 商家的操作流水号, 唯一键 */
  op_id: string;
  /** 收银员名称 */
  operator?: string;
  /** 门店编号 */
  outer_store_id: string;
  /** 码枪读入的手淘条码 */
  pay_code: string;
  /** 小票信息 */
  sale_ticket?: string;
}

const REQUEST_SCHEMA = {
  consume_request: {
    amount: 'Number',
    op_id: 'String',
    operator: 'String',
    outer_store_id: 'String',
    pay_code: 'String',
    sale_ticket: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  amount: 'Number',
  inflate_amount: 'Number',
  result_code: 'String',
  result_msg: 'String',
  successed: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.elife.lifecard.consume`: method, response root, request and response schemas. */
export const taobaoElifeLifecardConsumeOperation = {
  method: 'taobao.elife.lifecard.consume',
  responseRoot: 'elife_lifecard_consume_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 品牌惠卡券核销 — calls TOP method `taobao.elife.lifecard.consume`.
 *
 * 用户线上购买生活汇品牌惠虚拟消费卡，线下购物时，商家码枪核销，涉及用户虚拟卡余额扣减操作
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoElifeLifecardConsume(
  client: TopClient,
  request: TaobaoElifeLifecardConsumeRequest,
  options?: CallOptions,
): Promise<TaobaoElifeLifecardConsumeResponse> {
  return client.call<TaobaoElifeLifecardConsumeResponse>(
    {
      method: 'taobao.elife.lifecard.consume',
      responseRoot: 'elife_lifecard_consume_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
