// Generated from specs/eticket/taobao.vmarket.eticket.beforeconsume.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vmarket.eticket.beforeconsume` (电子凭证验码前置确认). */
export interface TaobaoVmarketEticketBeforeconsumeRequest {
  /** 需要验码的电子凭证订单ID */
  order_id: Int64Input;
  /** 需要验的码 */
  verify_code: string;
  /** 安全验证token，需要和发码通知中的token一致 */
  token: string;
  /** 码商ID,是码商的话必须传递,如果是信任卖家不需要传 */
  codemerchant_id?: Int64Input;
  /** 操作员身份ID，如果是码商必须传,如果是信任卖家不需要传 */
  posid?: string;
  /** 手机号码后四位,没有特殊说明请不要传 */
  mobile?: string;
}

/** Response of `taobao.vmarket.eticket.beforeconsume`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVmarketEticketBeforeconsumeResponse {
  /** 1:可以进行核销码操作 */
  ret_code?: Int64;
  /** 有效期结束时间 */
  valid_ends?: string;
  /** 有效期开始时间 */
  valid_start?: string;
  /** 当前订单剩余可核销数量 */
  left_num?: Int64;
  /** 扩展字段，暂时预留为0，没有任何意义 */
  left_amount?: string;
  /** 商品标题 */
  item_title?: string;
  /** 订单ID */
  order_id?: Int64;
  /** 扩展字段，暂时预留为0，没有任何意义 */
  item_type?: Int64;
  /** 当前码剩余可核销数量 */
  code_left_num?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
  verify_code: 'String',
  token: 'String',
  codemerchant_id: 'Number',
  posid: 'String',
  mobile: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
  valid_ends: 'Date',
  valid_start: 'Date',
  left_num: 'Number',
  left_amount: 'String',
  item_title: 'String',
  order_id: 'Number',
  item_type: 'Number',
  code_left_num: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vmarket.eticket.beforeconsume`: method, response root, request and response schemas. */
export const taobaoVmarketEticketBeforeconsumeOperation = {
  method: 'taobao.vmarket.eticket.beforeconsume',
  responseRoot: 'vmarket_eticket_beforeconsume_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电子凭证验码前置确认 — calls TOP method `taobao.vmarket.eticket.beforeconsume`.
 *
 * 商家验码之前的调用接口，用来同步到最新的订单状态并判断是否可以进行验码操作
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVmarketEticketBeforeconsume(
  client: TopClient,
  request: TaobaoVmarketEticketBeforeconsumeRequest,
  options?: CallOptions,
): Promise<TaobaoVmarketEticketBeforeconsumeResponse> {
  return client.call<TaobaoVmarketEticketBeforeconsumeResponse>(
    {
      method: 'taobao.vmarket.eticket.beforeconsume',
      responseRoot: 'vmarket_eticket_beforeconsume_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
